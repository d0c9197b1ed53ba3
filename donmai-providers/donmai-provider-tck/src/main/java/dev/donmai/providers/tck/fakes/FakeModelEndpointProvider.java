package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointCells;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import java.util.List;
import java.util.Optional;

/**
 * A model-endpoint provider that resolves cells by the rules of contracts.md §3.5 and nothing else: the first common
 * protocol, the pinned host or the first host both sides know, the granted auth mode. {@code HOST_SESSION} brings its
 * own auth through the OAuth CLI; {@code BYOK} names {@value #KEY_ENV} for the credential broker.
 */
public final class FakeModelEndpointProvider extends FakeProvider<ModelEndpointCapabilities>
        implements ModelEndpointProvider {

    /** The variable the credential broker fills for {@code BYOK}. */
    public static final String KEY_ENV = "TCK_API_KEY";

    private final String baseUrl;

    FakeModelEndpointProvider(ProviderManifest<ModelEndpointCapabilities> manifest, ProviderScope scope,
            @Nullable String baseUrl) {
        super(manifest, scope);
        this.baseUrl = baseUrl;
    }

    @Override
    public EndpointBinding resolve(EndpointRequest request) {
        enter("resolve");
        ModelEndpointCapabilities caps = capabilities();
        if (!caps.company().equals(request.company()) || !caps.servesModel(request.model())
                || !caps.authModes().contains(request.authMode())) {
            throw new ProviderException.Unsupported("resolve");
        }
        WireProtocol protocol = EndpointCells.commonProtocols(request, caps).stream().findFirst()
                .orElseThrow(() -> new ProviderException.Unsupported("resolve"));
        ServingHost host = host(request, caps).orElseThrow(() -> new ProviderException.Unsupported("resolve"));
        boolean ownAuth = request.authMode() == AuthMode.HOST_SESSION;
        List<String> env = request.authMode() == AuthMode.BYOK ? List.of(KEY_ENV) : List.of();
        CostModel cost = request.authMode() == AuthMode.LOCAL ? CostModel.FREE : caps.costModel();
        String url = request.baseUrl() != null && caps.supportsBaseUrlOverride() ? request.baseUrl() : baseUrl;
        return new EndpointBinding(request.company(), request.model(), url, protocol, host, request.authMode(), cost,
                ownAuth, env);
    }

    private static Optional<ServingHost> host(EndpointRequest request, ModelEndpointCapabilities caps) {
        if (request.pinnedHost() != null) {
            return request.harnessHosts().contains(request.pinnedHost())
                    && caps.servingHosts().contains(request.pinnedHost()) ? Optional.of(request.pinnedHost())
                    : Optional.empty();
        }
        return caps.servingHosts().stream().filter(request.harnessHosts()::contains).findFirst();
    }
}
