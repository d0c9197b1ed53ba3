package ai.rensei.cli.agent;

import ai.rensei.cli.CliEnvironment;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.RegistryConfig;
import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionEngineConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The in-process runtime behind {@code rensei agent run}: the provider registry over the bundled providers (and
 * {@code <home>/providers/*.jar}) plus a session engine, configured for the rensei brand. Closing it closes both.
 */
final class LocalRuntime implements AutoCloseable {

    /** The brand prefix of the session variables ({@code RENSEI_SESSION_ID}, …). */
    static final String ENV_PREFIX = "RENSEI";

    private static final List<String> HARNESSES = List.of("claude", "codex", "opencode", "shell", "stub");

    private final ProviderRegistry registry;
    private final SessionEngine engine;

    private LocalRuntime(ProviderRegistry registry, SessionEngine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    static LocalRuntime start(CliEnvironment env, Path worktreeDir) {
        Path home = env.home();
        ProviderConfig vcsConfig = ProviderConfig.of(Map.of("stateHome", home.toString()));
        ProviderConfig workareaConfig = ProviderConfig.of(Map.of("stateHome", home.toString(),
                "worktreesDir", worktreeDir.toString()));
        RegistryConfig.Builder registryConfig = RegistryConfig.builder(home)
                .providerConfig(ProviderFamily.WORKAREA, "git", workareaConfig)
                .providerConfig(ProviderFamily.VCS, "git", vcsConfig);
        for (String harness : HARNESSES) {
            registryConfig.providerConfig(ProviderFamily.AGENT_RUNTIME, harness,
                    ProviderConfig.of(Map.of("envPrefix", ENV_PREFIX)));
        }
        ProviderRegistry registry = ProviderRegistry.create(registryConfig.build());
        try {
            registry.load();
            SessionEngine engine = SessionEngine.create(SessionEngineConfig.builder(home)
                    .envPrefix(ENV_PREFIX)
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
