package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.model.AccessDecision;
import dev.donmai.contracts.model.AccessRequest;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.runtime.api.ModelAccess;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.Resolution;
import java.util.Collections;
import java.util.List;

/**
 * Picks the model endpoint cell a session's harness drives (contracts.md §3.5): the registry's model-endpoint
 * providers, most specific first, that serve the spec's company ({@code *} serves any) and model and share a wire
 * protocol and a serving
 * host with the harness; the auth mode comes from the narrow-only access gate over the spec's platform ceiling (the
 * whole ladder when it sets none) cut to the provider's modes and the machine's {@code modelAccess} block. The first
 * provider that yields a binding wins.
 */
final class EndpointSelector {

    /** No endpoint fits; the session fails to spawn with this reason. */
    static final class NoEndpoint extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoEndpoint(String reason) {
            super(reason);
        }
    }

    /**
     * The model a provider is asked for when the spec names none and the provider lists only {@code *}: the
     * harness's own default (a binding always names a model).
     */
    static final String DEFAULT_MODEL = "default";
    /** A provider serving any company. */
    static final String ANY_COMPANY = "*";

    private final ProviderRegistry registry;
    private final MachineAccess machine;

    EndpointSelector(ProviderRegistry registry, @Nullable MachineAccess machine) {
        this.registry = registry;
        this.machine = machine;
    }

    EndpointBinding select(SessionSpec spec, HarnessCapabilities harness, ScopeTarget target) {
        Resolution resolution;
        try {
            resolution = registry.resolve(ProviderFamily.MODEL_ENDPOINT, target);
        } catch (ProviderException e) {
            throw new NoEndpoint("no-model-endpoint");
        }
        String reason = "no-model-endpoint-fits";
        for (ProviderRef ref : resolution.candidates()) {
            ModelEndpointProvider provider;
            try {
                provider = (ModelEndpointProvider) registry.activate(ref);
            } catch (RuntimeException e) {
                continue;
            }
            ModelEndpointCapabilities caps = provider.capabilities();
            if ((spec.company() != null && !ANY_COMPANY.equals(caps.company())
                    && !caps.company().equals(spec.company()))
                    || (spec.model() != null && !caps.servesModel(spec.model()))
                    || Collections.disjoint(caps.protocols(), harness.drives())
                    || Collections.disjoint(caps.servingHosts(), harness.drivesHosts())) {
                continue;
            }
            List<AuthMode> ceiling = (spec.platformAllowed().isEmpty() ? AuthMode.LADDER : spec.platformAllowed())
                    .stream().filter(caps.authModes()::contains).toList();
            if (ceiling.isEmpty()) {
                continue;
            }
            String model = spec.model() != null ? spec.model() : defaultModel(caps);
            String company = spec.company() != null ? spec.company() : caps.company();
            AccessDecision decision = ModelAccess.resolve(new AccessRequest(ceiling, machine,
                    spec.workType() == null ? "" : spec.workType(), company, model, spec.authMode()));
            if (!(decision instanceof AccessDecision.Granted granted)) {
                reason = "model-access-denied";
                continue;
            }
            try {
                return provider.resolve(new EndpointRequest(company, granted.model(), granted.authMode(),
                        granted.host() == null ? null : ServingHost.of(granted.host()), harness.drives(),
                        harness.drivesHosts(), null));
            } catch (ProviderException e) {
                reason = "model-endpoint-unsupported";
            }
        }
        throw new NoEndpoint(reason);
    }

    private static String defaultModel(ModelEndpointCapabilities caps) {
        return caps.models().stream().filter(m -> !ModelEndpointCapabilities.ANY_MODEL.equals(m)).findFirst()
                .orElse(DEFAULT_MODEL);
    }
}
