package dev.donmai.providers.agents;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointCells;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The OSS model endpoint {@code host-session}: the harness CLI brings its own authentication (its OAuth login on this
 * machine, {@code HOST_SESSION}, or a local model server, {@code LOCAL}), so the cell names no credential
 * ({@code bringsOwnAuth}, no {@code injectEnvNames}) and the serving host is {@code oauth-cli}. Any company and
 * model; the protocol is the one the company's own CLI speaks when the harness drives it (Anthropic →
 * {@code anthropic-messages}, OpenAI → {@code openai-responses}), else the first protocol both sides know. A
 * request's base URL is carried (for a local server). Pure: {@code resolve} does no I/O.
 */
public final class HostSessionEndpoint implements ModelEndpointProvider {

    /** The provider id. */
    public static final String ID = "host-session";

    /** Any company and model; the protocols the wave-1 CLIs drive; the CLI's own login or a local server. */
    public static final ModelEndpointCapabilities CAPABILITIES = new ModelEndpointCapabilities("*",
            new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES, WireProtocol.OPENAI_RESPONSES,
                    WireProtocol.OPENAI_CHAT_COMPLETIONS)),
            Set.of(ServingHost.OAUTH_CLI),
            new LinkedHashSet<>(List.of(AuthMode.HOST_SESSION, AuthMode.LOCAL)),
            List.of(ModelEndpointCapabilities.ANY_MODEL),
            CostModel.UNKNOWN,
            true);

    private final ProviderManifest<ModelEndpointCapabilities> manifest;
    private final ProviderScope scope;
    private volatile boolean active;

    HostSessionEndpoint(ProviderManifest<ModelEndpointCapabilities> manifest, ProviderScope scope) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public ProviderManifest<ModelEndpointCapabilities> manifest() {
        return manifest;
    }

    @Override
    public ProviderScope scope() {
        return scope;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public void activate(ProviderHost host, Duration timeout) {
        Objects.requireNonNull(host, "host");
        active = true;
    }

    @Override
    public void deactivate(Duration timeout) {
        active = false;
    }

    @Override
    public EndpointBinding resolve(EndpointRequest request) {
        Objects.requireNonNull(request, "request");
        if (!active) {
            throw new ProviderException.NotActive(ProviderRef.of(manifest, scope.level()));
        }
        ModelEndpointCapabilities caps = manifest.capabilitiesDeclared();
        Set<WireProtocol> common = EndpointCells.commonProtocols(request, caps);
        if (common.isEmpty() || !caps.authModes().contains(request.authMode())) {
            throw new ProviderException.Unsupported("resolve");
        }
        ServingHost host = host(request, caps);
        EndpointBinding binding = new EndpointBinding(request.company(), request.model(), request.baseUrl(),
                protocol(request.company(), common), host, request.authMode(),
                request.authMode() == AuthMode.LOCAL ? CostModel.FREE : CostModel.SUBSCRIPTION, true, List.of());
        return EndpointCells.requireValid(binding, request, caps);
    }

    private static ServingHost host(EndpointRequest request, ModelEndpointCapabilities caps) {
        if (request.pinnedHost() != null) {
            if (!caps.servingHosts().contains(request.pinnedHost())
                    || !request.harnessHosts().contains(request.pinnedHost())) {
                throw new ProviderException.Unsupported("resolve");
            }
            return request.pinnedHost();
        }
        return caps.servingHosts().stream().filter(request.harnessHosts()::contains).findFirst()
                .orElseThrow(() -> new ProviderException.Unsupported("resolve"));
    }

    /** The company's own protocol when available, else the first common one. */
    private static WireProtocol protocol(String company, Set<WireProtocol> common) {
        String name = company.toLowerCase(Locale.ROOT);
        WireProtocol preferred = name.contains("anthropic") ? WireProtocol.ANTHROPIC_MESSAGES
                : name.contains("openai") ? WireProtocol.OPENAI_RESPONSES : null;
        return preferred != null && common.contains(preferred) ? preferred : common.iterator().next();
    }
}
