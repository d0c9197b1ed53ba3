package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Set;

/** Creates {@link FakeHarnessProvider}s; takes no configuration. */
public final class FakeHarnessProviderFactory implements ProviderFactory {

    /** Message injection and resume; drives Anthropic Messages directly; no effort, tool lists or MCP. */
    public static final HarnessCapabilities CAPABILITIES = HarnessCapabilities.builder("Fake harness")
            .supportsMessageInjection(true)
            .supportsSessionResume(true)
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .drives(Set.of(WireProtocol.ANTHROPIC_MESSAGES))
            .drivesHosts(Set.of(ServingHost.DIRECT))
            .build();

    /** The fake's manifest. */
    public static final ProviderManifest<HarnessCapabilities> MANIFEST = ProviderManifest
            .builder("fake-harness", "0.1.0", CAPABILITIES)
            .name("Fake harness")
            .description("In-process scripted harness; plays the TCK scenarios without a process.")
            .factory(FakeHarnessProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeHarnessProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new FakeHarnessProvider(MANIFEST, config.scope());
    }
}
