package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointCells;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.LinkedHashSet;
import java.util.List;

/** Creates {@link FakeModelEndpointProvider}s; configuration {@code baseUrl} (optional, must be allowed). */
public final class FakeModelEndpointProviderFactory implements ProviderFactory {

    /** Company {@code tck}: two protocols, direct or OAuth CLI hosting, three auth modes, two models. */
    public static final ModelEndpointCapabilities CAPABILITIES = new ModelEndpointCapabilities("tck",
            new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES, WireProtocol.OPENAI_CHAT_COMPLETIONS)),
            new LinkedHashSet<>(List.of(ServingHost.DIRECT, ServingHost.OAUTH_CLI)),
            new LinkedHashSet<>(List.of(AuthMode.BYOK, AuthMode.HOST_SESSION, AuthMode.LOCAL)),
            List.of("tck-small", "tck-large"), CostModel.PER_TOKEN, true);

    /** The fake's manifest. */
    public static final ProviderManifest<ModelEndpointCapabilities> MANIFEST = ProviderManifest
            .builder("fake-model-endpoint", "0.1.0", CAPABILITIES)
            .name("Fake model endpoint")
            .description("Resolves endpoint cells for the made-up company tck; no network.")
            .factory(FakeModelEndpointProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<ModelEndpointCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeModelEndpointProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of("baseUrl"));
        String baseUrl = config.string("baseUrl").orElse(null);
        if (baseUrl != null) {
            EndpointCells.requireBaseUrl(baseUrl, "baseUrl");
        }
        return new FakeModelEndpointProvider(MANIFEST, config.scope(), baseUrl);
    }
}
