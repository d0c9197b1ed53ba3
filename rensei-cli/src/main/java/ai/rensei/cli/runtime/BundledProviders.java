package ai.rensei.cli.runtime;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.RegistryConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider registry over the providers bundled with the CLI (and {@code <home>/providers/*.jar}), configured for
 * the rensei brand: git workarea and VCS rooted in the state home, every harness with the {@code RENSEI} prefix and,
 * when daemon.yaml names one, its binary. Used by {@code agent run} and {@code host run} alike.
 */
public final class BundledProviders {

    /** The brand prefix of the session variables ({@code RENSEI_SESSION_ID}, …). */
    public static final String ENV_PREFIX = "RENSEI";

    /** The harnesses the CLI bundles (sessions.md §12, D20). */
    public static final List<String> HARNESSES = List.of("claude", "codex", "opencode", "shell", "stub");

    private BundledProviders() {
    }

    /**
     * A loaded registry; the caller closes it.
     *
     * @param home            the state home
     * @param worktreeDir     where workareas live
     * @param harnessBinaries harness id → configured binary ({@code harnesses.<id>.binary})
     * @param durablePool     keep the warm pool's index in {@code <home>/state.db} (the daemon) rather than in memory
     */
    public static ProviderRegistry load(Path home, Path worktreeDir, Map<String, Path> harnessBinaries,
            boolean durablePool) {
        Map<String, Object> workarea = new LinkedHashMap<>();
        workarea.put("stateHome", home.toString());
        workarea.put("worktreesDir", worktreeDir.toString());
        if (durablePool) {
            workarea.put("poolIndex", "state-db");
        }
        RegistryConfig.Builder config = RegistryConfig.builder(home)
                .providerConfig(ProviderFamily.WORKAREA, "git", ProviderConfig.of(workarea))
                .providerConfig(ProviderFamily.VCS, "git", ProviderConfig.of(Map.of("stateHome", home.toString())));
        for (String harness : HARNESSES) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("envPrefix", ENV_PREFIX);
            Path binary = harnessBinaries.get(harness);
            if (binary != null) {
                values.put("binary", binary.toString());
            }
            config.providerConfig(ProviderFamily.AGENT_RUNTIME, harness, ProviderConfig.of(values));
        }
        ProviderRegistry registry = ProviderRegistry.create(config.build());
        try {
            registry.load();
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }
}
