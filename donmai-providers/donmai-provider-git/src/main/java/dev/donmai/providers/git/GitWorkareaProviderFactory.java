package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.workarea.CleanGuarantee;
import dev.donmai.contracts.workarea.LatencyMs;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import java.util.List;

/**
 * Creates {@link GitWorkareaProvider}s (family {@code workarea}, id {@code git}); listed in
 * {@code META-INF/services/dev.donmai.contracts.provider.ProviderFactory}. Configuration keys: see
 * {@link GitWorkareaProvider}.
 */
public final class GitWorkareaProviderFactory implements ProviderFactory {

    /** The provider id. */
    public static final String ID = "git";
    /** The provider version. */
    public static final String VERSION = "0.1.0";

    /**
     * Declared once: a full clean guarantee (every acquire is verified clean), no snapshots, no pause, no resume, no
     * shared mode (no refcounting). Toolchains: any tool name, taken as already resolved (the provider does not
     * probe or install). Latencies were measured on small repositories (warm ≈ 60 ms, cold ≈ 150 ms; a first
     * clone of a large remote is far slower, hence the wide p95).
     */
    static final WorkareaCapabilities CAPABILITIES = new WorkareaCapabilities(
            CleanGuarantee.FULL,
            false,
            false,
            false,
            List.of(),
            false,
            null,
            List.of("*"),
            false,
            HostPlatform.os(),
            HostPlatform.arch(),
            new LatencyMs(150, 5_000),
            new LatencyMs(100, 1_000),
            false);

    private static final ProviderManifest<WorkareaCapabilities> MANIFEST = ProviderManifest
            .builder(ID, VERSION, CAPABILITIES)
            .name("Git workareas")
            .description("Linked git worktrees from a bare mirror cache, with a warm pool of clean members")
            .factory(GitWorkareaProviderFactory.class)
            .build();

    /** Needed by {@link java.util.ServiceLoader}. */
    public GitWorkareaProviderFactory() {
    }

    @Override
    public ProviderManifest<WorkareaCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public GitWorkareaProvider create(ProviderConfig config) {
        return new GitWorkareaProvider(MANIFEST, config.scope(), WorkareaSettings.from(config));
    }
}
