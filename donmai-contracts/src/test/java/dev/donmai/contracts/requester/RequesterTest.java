package dev.donmai.contracts.requester;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.Secret;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequesterTest {

    private static final RequestedWork WORK = new RequestedWork("Fix the flaky test", null, null, null, Map.of());

    @Test
    void capabilities() {
        assertLabelsCoverComponents(RequesterCapabilities.class);
        RequesterCapabilities caps = new RequesterCapabilities(Set.of("a2a"), null, false, true);
        assertThat(caps.family()).isEqualTo(ProviderFamily.REQUESTER_PROVIDER);
        assertInvalid(() -> new RequesterCapabilities(Set.of(), null, false, true), "acceptedProtocols");
        assertInvalid(() -> new RequesterCapabilities(Set.of("a2a"), 0, false, true), "maxConcurrentRequests");
    }

    @Test
    void admittedRequesterIsExternalOrgHandle() {
        String id = AdmissionResult.Admitted.requesterId("acme", "ada");
        assertThat(id).isEqualTo("external:acme:ada");
        assertThat(new AdmissionResult.Admitted(id, WORK).work()).isEqualTo(WORK);
        assertInvalid(() -> new AdmissionResult.Admitted("acme:ada", WORK), "requester");
        assertInvalid(() -> new AdmissionResult.Admitted("external:acme", WORK), "requester");
        assertInvalid(() -> new AdmissionResult.Admitted("external:ac/me:ada", WORK), "requester");
        assertInvalid(() -> AdmissionResult.Admitted.requesterId("acme", "a:b"), "handle");
    }

    @Test
    void deniedIsAValue() {
        assertThat(new AdmissionResult.Denied("unknown-bearer").reason()).isEqualTo("unknown-bearer");
        assertThat(AdmissionResult.class.getPermittedSubclasses()).hasSize(2);
        assertInvalid(() -> new AdmissionResult.Denied(" "), "reason");
    }

    @Test
    void requestKeepsCredentialsSecret() {
        RequesterRequest request = new RequesterRequest("req-1", "a2a", Secret.of("bearer-xyz"),
                Map.of("Authorization", Secret.of("Bearer bearer-xyz")), "{}", null, Instant.EPOCH);
        assertThat(request.toString()).doesNotContain("bearer-xyz");
        assertThat(request.header("authorization")).isPresent();
        assertInvalid(() -> new RequestedWork("p", null, "https://u:p@github.com/a/b", null, Map.of()),
                "repository");
        assertInvalid(() -> new RequesterResponse("../x", "ok", true), "requestId");
    }
}
