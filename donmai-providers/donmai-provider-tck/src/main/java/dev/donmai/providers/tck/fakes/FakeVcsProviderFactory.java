package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.vcs.ConflictGranularity;
import dev.donmai.contracts.vcs.IdentityScheme;
import dev.donmai.contracts.vcs.MergeStrategy;
import dev.donmai.contracts.vcs.RemoteProtocol;
import dev.donmai.contracts.vcs.VcsCapabilities;
import java.util.List;

/** Creates {@link FakeVcsProvider}s; takes no configuration. */
public final class FakeVcsProviderFactory implements ProviderFactory {

    /** Three-way text merges with line conflicts, branches, native provenance; no proposals or merge queue. */
    public static final VcsCapabilities CAPABILITIES = new VcsCapabilities(MergeStrategy.THREE_WAY_TEXT,
            ConflictGranularity.LINE, false, false, false, true, false, IdentityScheme.EMAIL,
            RemoteProtocol.GIT_SMART_HTTP, true, true, false, false);

    /** The fake's manifest. */
    public static final ProviderManifest<VcsCapabilities> MANIFEST = ProviderManifest
            .builder("fake-vcs", "0.1.0", CAPABILITIES)
            .name("Fake VCS")
            .description("git CLI with a fixed identity; provenance kept in memory.")
            .factory(FakeVcsProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<VcsCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeVcsProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new FakeVcsProvider(MANIFEST, config.scope());
    }
}
