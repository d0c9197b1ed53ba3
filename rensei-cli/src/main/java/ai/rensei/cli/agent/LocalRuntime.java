package ai.rensei.cli.agent;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.runtime.BundledProviders;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionEngineConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * The in-process runtime behind {@code rensei agent run}: the provider registry over the bundled providers (and
 * {@code <home>/providers/*.jar}) plus a session engine, configured for the rensei brand. Closing it closes both.
 */
final class LocalRuntime implements AutoCloseable {

    private final ProviderRegistry registry;
    private final SessionEngine engine;

    private LocalRuntime(ProviderRegistry registry, SessionEngine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    static LocalRuntime start(CliEnvironment env, Path worktreeDir) {
        Path home = env.home();
        ProviderRegistry registry = BundledProviders.load(home, worktreeDir, Map.of(), false);
        try {
            SessionEngine engine = SessionEngine.create(SessionEngineConfig.builder(home)
                    .envPrefix(BundledProviders.ENV_PREFIX)
                    .daemonEnv(env.all())
                    .worktreeDir(worktreeDir)
                    .build(), registry);
            return new LocalRuntime(registry, engine);
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    SessionEngine engine() {
        return engine;
    }

    /** The ids of the harnesses the registry knows, sorted. */
    TreeSet<String> harnesses() {
        TreeSet<String> ids = new TreeSet<>();
        for (ProviderRef ref : registry.providers()) {
            if (ref.family() == ProviderFamily.AGENT_RUNTIME) {
                ids.add(ref.id());
            }
        }
        return ids;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            registry.close();
        }
    }
}
