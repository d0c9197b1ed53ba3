package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.deployment.DeploymentCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;

/** Creates {@link FakeDeploymentProvider}s; takes no configuration. */
public final class FakeDeploymentProviderFactory implements ProviderFactory {

    /** Rollback and atomic deploys, region {@code local} only. */
    public static final DeploymentCapabilities CAPABILITIES = new DeploymentCapabilities(true, true,
            List.of("local"));

    /** The fake's manifest. */
    public static final ProviderManifest<DeploymentCapabilities> MANIFEST = ProviderManifest
            .builder("fake-deployment", "0.1.0", CAPABILITIES)
            .name("Fake deployment")
            .description("Deployments in memory: in progress on the first status read, then succeeded.")
            .factory(FakeDeploymentProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<DeploymentCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeDeploymentProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new FakeDeploymentProvider(MANIFEST, config.scope());
    }
}
