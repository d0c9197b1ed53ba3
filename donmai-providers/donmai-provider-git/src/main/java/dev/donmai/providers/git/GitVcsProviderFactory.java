package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.vcs.ConflictGranularity;
import dev.donmai.contracts.vcs.IdentityScheme;
import dev.donmai.contracts.vcs.MergeStrategy;
import dev.donmai.contracts.vcs.RemoteProtocol;
import dev.donmai.contracts.vcs.VcsCapabilities;

/**
 * Creates {@link GitVcsProvider}s (family {@code vcs}, id {@code git}); listed in
 * {@code META-INF/services/dev.donmai.contracts.provider.ProviderFactory}. Configuration keys: see
 * {@link GitVcsProvider}.
 */
public final class GitVcsProviderFactory implements ProviderFactory {

    /** The provider id. */
    public static final String ID = "git";
    /** The provider version. */
    public static final String VERSION = "0.1.0";

    /**
     * What this provider does, not what git could: three-way text merges with line conflicts (the conflicts facet),
     * branches, e-mail identities, smart HTTP (and any other transport git speaks), binary content; no rebase verb,
     * no pull requests, review or merge queue, no native provenance, no structured merges, no LFS handling.
     */
    static final VcsCapabilities CAPABILITIES = new VcsCapabilities(
            MergeStrategy.THREE_WAY_TEXT,
            ConflictGranularity.LINE,
            false,
            false,
            false,
            true,
            false,
            IdentityScheme.EMAIL,
            RemoteProtocol.GIT_SMART_HTTP,
            false,
            true,
            false,
            false);

    private static final ProviderManifest<VcsCapabilities> MANIFEST = ProviderManifest
            .builder(ID, VERSION, CAPABILITIES)
            .name("Git")
            .description("Clone, commit with attestation trailers, push and pull over the git CLI")
            .factory(GitVcsProviderFactory.class)
            .build();

    /** Needed by {@link java.util.ServiceLoader}. */
    public GitVcsProviderFactory() {
    }

    @Override
    public ProviderManifest<VcsCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public GitVcsProvider create(ProviderConfig config) {
        return new GitVcsProvider(MANIFEST, config.scope(), VcsSettings.from(config));
    }
}
