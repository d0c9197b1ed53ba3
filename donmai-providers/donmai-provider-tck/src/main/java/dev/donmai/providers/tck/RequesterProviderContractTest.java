package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.requester.AdmissionResult;
import dev.donmai.contracts.requester.RequesterCapabilities;
import dev.donmai.contracts.requester.RequesterProvider;
import dev.donmai.contracts.requester.RequesterRequest;
import dev.donmai.contracts.requester.RequesterResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code requester-provider} family (contracts.md §6, §3.6), on top of the base
 * checks: admission is fail-closed and every refusal is a {@code Denied} value. Checks that need an admissible
 * request use {@link #admissibleRequest(String)} and are skipped without one.
 *
 * @param <P> the provider type
 */
public abstract class RequesterProviderContractTest<P extends RequesterProvider>
        extends ProviderContractTest<P, RequesterCapabilities> {

    /** A bearer no provider knows. */
    protected static final String UNKNOWN_BEARER = "tck-unknown-bearer-7d1e";

    @Override
    protected Class<?> familyType() {
        return RequesterProvider.class;
    }

    /** A request this provider admits, with id {@code requestId}; empty skips the checks that need one. */
    protected Optional<RequesterRequest> admissibleRequest(String requestId) {
        return Optional.empty();
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        provider.admit(unknownBearer(TckIds.next(), provider.capabilities()), verbTimeout());
    }

    @Test
    @DisplayName("[3.6] an unknown or missing bearer is Denied, a value; the bearer is never echoed")
    void unknownBearerIsDenied() {
        P provider = activeProvider();
        AdmissionResult unknown = admit(provider, unknownBearer(TckIds.next(), provider.capabilities()));
        assertThat(unknown).as("admission with an unknown bearer").isInstanceOf(AdmissionResult.Denied.class);
        assertThat(((AdmissionResult.Denied) unknown).reason()).doesNotContain(UNKNOWN_BEARER);
        RequesterRequest r = unknownBearer(TckIds.next(), provider.capabilities());
        RequesterRequest none = new RequesterRequest(r.requestId(), r.protocol(), null, Map.of(), r.body(),
                r.signature(), r.receivedAt());
        assertThat(admit(provider, none)).as("admission without a bearer").isInstanceOf(AdmissionResult.Denied.class);
        assertThat(host().logger().lines()).as("log lines").noneMatch(l -> l.message().contains(UNKNOWN_BEARER));
    }

    @Test
    @DisplayName("[3.6] an admissible request is Admitted as external:<org>:<handle>; other protocols are Denied")
    void admissibleRequestIsAdmitted() {
        P provider = activeProvider();
        Optional<RequesterRequest> good = admissibleRequest(TckIds.next());
        assumeTrue(good.isPresent(), "the contract test supplies no admissibleRequest()");
        AdmissionResult result = admit(provider, good.get());
        assertThat(result).as("admission").isInstanceOf(AdmissionResult.Admitted.class);
        assertThat(((AdmissionResult.Admitted) result).requester()).startsWith("external:");
        RequesterRequest g = admissibleRequest(TckIds.next()).orElseThrow();
        RequesterRequest otherProtocol = new RequesterRequest(g.requestId(), "tck-unaccepted-protocol", g.bearer(),
                g.headers(), g.body(), g.signature(), g.receivedAt());
        assertThat(admit(provider, otherProtocol)).as("admission over an unaccepted protocol")
                .isInstanceOf(AdmissionResult.Denied.class);
        if (provider.capabilities().requiresSignedRequests()) {
            RequesterRequest unsigned = new RequesterRequest(TckIds.next(), g.protocol(), g.bearer(), g.headers(),
                    g.body(), null, g.receivedAt());
            assertThat(admit(provider, unsigned)).as("unsigned admission with requiresSignedRequests")
                    .isInstanceOf(AdmissionResult.Denied.class);
        }
    }

    @Test
    @DisplayName("[3.6] responses: one final response; a non-final one needs supportsStreamingResponse")
    void responsesFollowTheCapability() {
        P provider = activeProvider();
        Optional<RequesterRequest> good = admissibleRequest(TckIds.next());
        assumeTrue(good.isPresent(), "the contract test supplies no admissibleRequest()");
        assumeTrue(admit(provider, good.get()) instanceof AdmissionResult.Admitted, "not admitted");
        String id = good.get().requestId();
        RequesterResponse partial = new RequesterResponse(id, "working", false);
        if (provider.capabilities().supportsStreamingResponse()) {
            VerbCalls.run("respond", verbTimeout(), () -> provider.respond(partial, verbTimeout()));
        } else {
            VerbCalls.expect(ProviderException.Unsupported.class, "respond", verbTimeout(),
                    () -> provider.respond(partial, verbTimeout()));
        }
        VerbCalls.run("respond", verbTimeout(),
                () -> provider.respond(new RequesterResponse(id, "done", true), verbTimeout()));
    }

    @Test
    @DisplayName("[3.6] beyond maxConcurrentRequests open requests, admission is Denied")
    void concurrencyLimitDenies() {
        P provider = activeProvider();
        Integer max = provider.capabilities().maxConcurrentRequests();
        assumeTrue(max != null && max <= 8, "maxConcurrentRequests is unset or too large to exhaust");
        assumeTrue(admissibleRequest(TckIds.next()).isPresent(), "the contract test supplies no admissibleRequest()");
        List<AdmissionResult> results = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            results.add(admit(provider, admissibleRequest(TckIds.next()).orElseThrow()));
        }
        assertThat(results.subList(0, max)).as("the first %s admissions", max)
                .allMatch(AdmissionResult.Admitted.class::isInstance);
        assertThat(results.get(max)).as("admission %s", max + 1).isInstanceOf(AdmissionResult.Denied.class);
    }

    /** Admits through {@link VerbCalls}. */
    protected final AdmissionResult admit(P provider, RequesterRequest request) {
        AdmissionResult result = VerbCalls.call("admit", verbTimeout(), () -> provider.admit(request, verbTimeout()));
        assertThat(result).as("admit result").isNotNull();
        return result;
    }

    private static RequesterRequest unknownBearer(String requestId, RequesterCapabilities caps) {
        return new RequesterRequest(requestId, caps.acceptedProtocols().iterator().next(), Secret.of(UNKNOWN_BEARER),
                Map.of(), "{\"prompt\":\"tck\"}", null, Instant.EPOCH);
    }
}
