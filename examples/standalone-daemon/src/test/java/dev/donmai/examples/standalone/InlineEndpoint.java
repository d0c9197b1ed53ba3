package dev.donmai.examples.standalone;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A free local model endpoint for tests with {@link InlineHarness}. */
final class InlineEndpoint implements ModelEndpointProvider {

    static final ModelEndpointCapabilities CAPS = new ModelEndpointCapabilities("test",
            Set.of(WireProtocol.ANTHROPIC_MESSAGES), Set.of(ServingHost.DIRECT), Set.of(AuthMode.LOCAL), List.of("*"),
            CostModel.FREE, false);
    static final ProviderManifest<ModelEndpointCapabilities> MANIFEST = ProviderManifest
            .builder("inline-endpoint", "1.0.0", CAPS).factory(Factory.class).build();

    @Override
    public ProviderManifest<ModelEndpointCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public ProviderScope scope() {
        return ProviderScope.GLOBAL;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public void activate(ProviderHost host, Duration timeout) {
    }

    @Override
    public void deactivate(Duration timeout) {
    }

    @Override
    public EndpointBinding resolve(EndpointRequest request) {
        return new EndpointBinding("test", request.model(), null, WireProtocol.ANTHROPIC_MESSAGES, ServingHost.DIRECT,
                request.authMode(), CostModel.FREE, true, List.of());
    }

    /** Creates the endpoint. */
    static final class Factory implements ProviderFactory {
        @Override
        public ProviderManifest<? extends Capabilities> manifest() {
            return MANIFEST;
        }

        @Override
        public InlineEndpoint create(ProviderConfig config) {
            return new InlineEndpoint();
        }
    }
}
