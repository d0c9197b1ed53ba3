package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointCells;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code model-endpoint} family (contracts.md §6 row 10, §3.5), on top of the base
 * checks. {@code resolve} is pure and takes no timeout, so the kit gives it the one second of grace §0 allows past a
 * zero timeout.
 *
 * @param <P> the provider type
 */
public abstract class ModelEndpointProviderContractTest<P extends ModelEndpointProvider>
        extends ProviderContractTest<P, ModelEndpointCapabilities> {

    /** Base URLs every provider must refuse (contracts.md §3.5): not http(s), user info, plain http off loopback. */
    protected static final List<String> BAD_BASE_URLS = List.of(
            "http://models.tck.invalid/v1",
            "https://user:pass@models.tck.invalid/v1",
            "ftp://models.tck.invalid/v1",
            "models.tck.invalid/v1",
            "https:///v1");

    private static final Duration PURE = Duration.ZERO;

    @Override
    protected Class<?> familyType() {
        return ModelEndpointProvider.class;
    }

    /**
     * A request the provider can serve. By default it is derived from the declared capabilities: their company, a
     * listed model (or {@code tck-model} under {@code *}), the given auth mode, and a harness that drives every
     * declared protocol through every declared host ({@code direct} when none is declared).
     */
    protected EndpointRequest request(AuthMode authMode) {
        ModelEndpointCapabilities caps = factory().manifest().capabilitiesDeclared() instanceof
                ModelEndpointCapabilities c ? c : null;
        if (caps == null) {
            throw new IllegalStateException("the factory does not declare model-endpoint capabilities");
        }
        String model = caps.models().stream().filter(m -> !m.equals(ModelEndpointCapabilities.ANY_MODEL)).findFirst()
                .orElse("tck-model");
        Set<ServingHost> hosts = caps.servingHosts().isEmpty() ? Set.of(ServingHost.DIRECT) : caps.servingHosts();
        return new EndpointRequest(caps.company(), model, authMode, null, caps.protocols(), hosts, null);
    }

    /** A configuration whose default base URL is not allowed, when the provider takes one; empty skips the check. */
    protected Optional<ProviderConfig> configWithBadBaseUrl() {
        return Optional.empty();
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        provider.resolve(request(firstAuthMode()));
    }

    @Test
    @DisplayName("[10] every declared auth mode resolves to a valid, deterministic cell for the request")
    void cellsAreValid() {
        P provider = activeProvider();
        for (AuthMode mode : provider.capabilities().authModes()) {
            EndpointRequest request = request(mode);
            EndpointBinding binding = resolve(provider, request);
            assertThat(EndpointCells.firstViolation(binding, request, provider.capabilities()))
                    .as("cell validity for %s (first broken component)", mode).isEmpty();
            assertThat(binding.company()).as("company").isEqualTo(request.company());
            assertThat(binding.model()).as("model").isEqualTo(request.model());
            assertThat(binding.authMode()).as("auth mode").isEqualTo(mode);
            if (binding.baseUrl() != null) {
                assertThat(EndpointCells.isAllowedBaseUrl(binding.baseUrl())).as("baseUrl allowed").isTrue();
            }
            assertThat(resolve(provider, request)).as("a second resolve of the same request").isEqualTo(binding);
        }
    }

    @Test
    @DisplayName("[10] a pinned host is honoured")
    void pinnedHostIsHonoured() {
        P provider = activeProvider();
        EndpointRequest base = request(firstAuthMode());
        ServingHost pinned = base.harnessHosts().iterator().next();
        EndpointRequest request = new EndpointRequest(base.company(), base.model(), base.authMode(), pinned,
                base.harnessDrives(), base.harnessHosts(), null);
        assertThat(resolve(provider, request).host()).as("host under a pin").isEqualTo(pinned);
    }

    @Test
    @DisplayName("[10] no protocol in common with the harness is Unsupported")
    void noCommonProtocolIsUnsupported() {
        P provider = activeProvider();
        EndpointRequest base = request(firstAuthMode());
        EndpointRequest request = new EndpointRequest(base.company(), base.model(), base.authMode(), null,
                Set.of(WireProtocol.of("tck-undriven-protocol")), base.harnessHosts(), null);
        VerbCalls.expect(ProviderException.Unsupported.class, "resolve", PURE, () -> provider.resolve(request));
    }

    @Test
    @DisplayName("[10] bringsOwnAuth names no env; injected env names are valid names")
    void bringsOwnAuthNamesNoEnv() {
        P provider = activeProvider();
        for (AuthMode mode : provider.capabilities().authModes()) {
            EndpointBinding binding = resolve(provider, request(mode));
            if (binding.bringsOwnAuth()) {
                assertThat(binding.injectEnvNames()).as("injectEnvNames with bringsOwnAuth (%s)", mode).isEmpty();
            }
            assertThat(binding.injectEnvNames()).as("injectEnvNames (%s)", mode)
                    .allMatch(n -> n.matches("^[A-Za-z_][A-Za-z0-9_]*$"));
        }
    }

    @Test
    @DisplayName("[10] a bad baseUrl is a ContractViolation; an allowed override is carried when supported")
    void badBaseUrlIsAContractViolation() {
        EndpointRequest base = request(firstAuthMode());
        for (String bad : BAD_BASE_URLS) {
            assertThatThrownBy(() -> new EndpointRequest(base.company(), base.model(), base.authMode(), null,
                    base.harnessDrives(), base.harnessHosts(), bad))
                    .as("request with baseUrl %s", bad)
                    .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                            e -> assertThat(e.getMessage()).doesNotContain(bad));
        }
        P provider = activeProvider();
        if (provider.capabilities().supportsBaseUrlOverride()) {
            for (String good : List.of("https://models.tck.invalid/v1", "http://127.0.0.1:8080/v1")) {
                EndpointRequest request = new EndpointRequest(base.company(), base.model(), base.authMode(), null,
                        base.harnessDrives(), base.harnessHosts(), good);
                assertThat(resolve(provider, request).baseUrl()).as("baseUrl override").isEqualTo(good);
            }
        }
    }

    @Test
    @DisplayName("[10] a configured default baseUrl that is not allowed is refused")
    void badConfiguredBaseUrlIsRefused() {
        Optional<ProviderConfig> bad = configWithBadBaseUrl();
        assumeTrue(bad.isPresent(), "the contract test supplies no configWithBadBaseUrl()");
        try {
            P provider = createProvider(bad.get());
            VerbCalls.expect(ProviderException.ContractViolation.class, "activate", verbTimeout(),
                    () -> provider.activate(newHost(provider), verbTimeout()));
        } catch (ProviderException.ContractViolation refusedAtCreate) {
            assertThat(refusedAtCreate.code()).isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
        }
    }

    /** Resolves through {@link VerbCalls} with the zero timeout of a pure verb. */
    protected final EndpointBinding resolve(P provider, EndpointRequest request) {
        EndpointBinding binding = VerbCalls.call("resolve", PURE, () -> provider.resolve(request));
        assertThat(binding).as("resolve result").isNotNull();
        return binding;
    }

    private AuthMode firstAuthMode() {
        ModelEndpointCapabilities caps = (ModelEndpointCapabilities) factory().manifest().capabilitiesDeclared();
        return AuthMode.LADDER.stream().filter(caps.authModes()::contains).findFirst().orElseThrow();
    }
}
