package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;

/** Manifest building shared by the harness factories. */
final class HarnessFactories {

    /** The version of every provider in this module. */
    static final String VERSION = "0.1.0";

    private HarnessFactories() {
    }

    static ProviderManifest<HarnessCapabilities> manifest(String id, HarnessCapabilities caps, String description,
            Class<? extends ProviderFactory> factory) {
        return ProviderManifest.builder(id, VERSION, caps)
                .name(caps.humanLabel())
                .description(description)
                .license("Apache-2.0")
                .factory(factory)
                .build();
    }
}
