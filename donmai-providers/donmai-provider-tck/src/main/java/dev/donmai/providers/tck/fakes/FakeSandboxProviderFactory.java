package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.sandbox.BillingModel;
import dev.donmai.contracts.sandbox.EgressDefault;
import dev.donmai.contracts.sandbox.IdleCostModel;
import dev.donmai.contracts.sandbox.RepositoryAuthorityEnforcement;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.TransportModel;
import java.util.List;

/** Creates {@link FakeSandboxProvider}s; configuration {@code registrationUrl} (optional). */
public final class FakeSandboxProviderFactory implements ProviderFactory {

    /** The fake's capabilities: pause/resume, capacity and logs, four at once, no GPU, no custom network policy. */
    public static final SandboxCapabilities CAPABILITIES = new SandboxCapabilities(TransportModel.DIAL_OUT, false,
            true, true, 4, 3600L, List.of("local"), FakePlatform.os(), FakePlatform.arch(), IdleCostModel.ZERO,
            BillingModel.FIXED, 4.0, 8192L, false, false, EgressDefault.ALLOW_ALL,
            RepositoryAuthorityEnforcement.NONE, false, true);

    /** The fake's manifest. */
    public static final ProviderManifest<SandboxCapabilities> MANIFEST = ProviderManifest
            .builder("fake-sandbox", "0.1.0", CAPABILITIES)
            .name("Fake sandbox")
            .description("In-memory sandbox for conformance and host tests; runs nothing.")
            .factory(FakeSandboxProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<SandboxCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeSandboxProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of("registrationUrl"));
        return new FakeSandboxProvider(MANIFEST, config.scope(),
                config.string("registrationUrl").orElse("https://orchestrator.tck.invalid/v1/register"));
    }
}
