package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.workarea.CleanGuarantee;
import dev.donmai.contracts.workarea.LatencyMs;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import java.util.List;

/** Creates {@link FakeWorkareaProvider}s; takes no configuration. */
public final class FakeWorkareaProviderFactory implements ProviderFactory {

    /** Full clean guarantee, snapshots, pause and resume, shared mode (4 holders), no toolchains. */
    public static final WorkareaCapabilities CAPABILITIES = new WorkareaCapabilities(CleanGuarantee.FULL, true, true,
            true, List.of(), true, 4, List.of(), false, FakePlatform.os(), FakePlatform.arch(), new LatencyMs(5, 50),
            new LatencyMs(5, 50), false);

    /** The fake's manifest. */
    public static final ProviderManifest<WorkareaCapabilities> MANIFEST = ProviderManifest
            .builder("fake-workarea", "0.1.0", CAPABILITIES)
            .name("Fake workarea")
            .description("Temp-directory workareas exported from local git repositories; checksum over files.")
            .factory(FakeWorkareaProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<WorkareaCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeWorkareaProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new FakeWorkareaProvider(MANIFEST, config.scope());
    }
}
