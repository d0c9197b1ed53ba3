package dev.donmai.providers.agents;

import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;

/** Creates the {@code host-session} model endpoint ({@link HostSessionEndpoint}); it takes no configuration. */
public final class HostSessionEndpointFactory implements ProviderFactory {

    /** The manifest of every {@code host-session} provider. */
    public static final ProviderManifest<ModelEndpointCapabilities> MANIFEST = ProviderManifest
            .builder(HostSessionEndpoint.ID, HarnessFactories.VERSION, HostSessionEndpoint.CAPABILITIES)
            .name("Harness login or local model")
            .description("The harness CLI authenticates itself (its own login, or a local model server).")
            .license("Apache-2.0")
            .factory(HostSessionEndpointFactory.class)
            .build();

    @Override
    public ProviderManifest<ModelEndpointCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public HostSessionEndpoint create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new HostSessionEndpoint(MANIFEST, config.scope());
    }
}
