package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import java.util.List;
import java.util.Set;

/** A free, local model endpoint for runner tests: any model, Anthropic Messages, served directly. */
public final class FakeEndpointProvider extends TestProvider<ModelEndpointCapabilities>
        implements ModelEndpointProvider {

    public static final ModelEndpointCapabilities CAPS = new ModelEndpointCapabilities("fake",
            Set.of(WireProtocol.ANTHROPIC_MESSAGES), Set.of(ServingHost.DIRECT), Set.of(AuthMode.LOCAL),
            List.of("*"), CostModel.FREE, false);

    public FakeEndpointProvider() {
        super(SimpleFactory.manifest("fake-endpoint", CAPS));
    }

    public static SimpleFactory<ModelEndpointCapabilities> factory() {
        FakeEndpointProvider provider = new FakeEndpointProvider();
        return new SimpleFactory<>(provider.manifest(), () -> provider);
    }

    @Override
    public EndpointBinding resolve(EndpointRequest request) {
        return new EndpointBinding("fake", request.model(), null, WireProtocol.ANTHROPIC_MESSAGES, ServingHost.DIRECT,
                request.authMode(), CostModel.FREE, true, List.of());
    }
}
