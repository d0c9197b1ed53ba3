package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.registry.AgentRegistryCapabilities;
import dev.donmai.contracts.registry.AgentSource;
import java.util.List;
import java.util.Set;

/** Creates {@link FakeAgentRegistryProvider}s; takes no configuration. */
public final class FakeAgentRegistryProviderFactory implements ProviderFactory {

    /** Local YAML agents with version pinning. */
    public static final AgentRegistryCapabilities CAPABILITIES = new AgentRegistryCapabilities(
            Set.of(AgentSource.LOCAL_YAML), true);

    /** The fake's manifest. */
    public static final ProviderManifest<AgentRegistryCapabilities> MANIFEST = ProviderManifest
            .builder("fake-agent-registry", "0.1.0", CAPABILITIES)
            .name("Fake agent registry")
            .description("Three seeded agent descriptors in memory.")
            .factory(FakeAgentRegistryProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<AgentRegistryCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeAgentRegistryProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new FakeAgentRegistryProvider(MANIFEST, config.scope());
    }
}
