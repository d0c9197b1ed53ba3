package dev.donmai.contracts.issues;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertMissing;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuesTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final IssueRef REF = new IssueRef("linear", "iss_1", "ENG-1", "https://linear.app/acme/ENG-1");

    @Test
    void capabilities() {
        assertLabelsCoverComponents(IssueTrackerCapabilities.class);
        assertThat(new IssueTrackerCapabilities(true, false, false).family()).isEqualTo(ProviderFamily.ISSUE_TRACKER);
    }

    @Test
    void webhookOutcomesAreValuesNotExceptions() {
        IssueEvent event = new IssueEvent("d-1", IssueEventKind.STATUS_CHANGED, REF, "In Progress", NOW);
        assertThat(new WebhookOutcome.Accepted(event).event()).isEqualTo(event);
        assertThat(new WebhookOutcome.Rejected("bad-signature").reason()).isEqualTo("bad-signature");
        assertThat(new WebhookOutcome.Ignored("unsupported-event").reason()).isEqualTo("unsupported-event");
        assertThat(WebhookOutcome.class.getPermittedSubclasses()).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("Accepted", "Ignored", "Rejected");
        assertMissing(() -> new WebhookOutcome.Accepted(null), "event");
        assertInvalid(() -> new WebhookOutcome.Rejected(""), "reason");
    }

    @Test
    void deliveryHeadersAreSecretsLookedUpCaseInsensitively() {
        WebhookDelivery delivery = new WebhookDelivery(Map.of("X-Hub-Signature-256", Secret.of("sha256=abc")),
                "{}", NOW);
        assertThat(delivery.header("x-hub-signature-256")).contains(Secret.of("sha256=abc"));
        assertThat(delivery.header("X-Other")).isEmpty();
        assertThat(delivery.toString()).doesNotContain("sha256=abc");
    }

    @Test
    void queryAndRefsValidate() {
        IssueQuery query = IssueQuery.project("ENG");
        assertThat(query.limit()).isEqualTo(IssueQuery.DEFAULT_LIMIT);
        assertThat(query.page("c2").cursor()).isEqualTo("c2");
        assertInvalid(() -> new IssueQuery(null, List.of(), List.of(), null, null, 0, null), "limit");
        assertInvalid(() -> new IssueQuery(null, List.of(), List.of(), null, null, 501, null), "limit");
        assertInvalid(() -> new IssueRef("linear", "1", null, "javascript:alert(1)"), "url");
        assertInvalid(() -> IssueRef.of("Linear", "1"), "providerId");
        assertThat(new IssuePage(List.of(), null).next()).isEmpty();
    }

    @Test
    void issueValidates() {
        Issue issue = new Issue(REF, "Login broken", null, "Todo", false, List.of("bug"), null, NOW);
        assertThat(issue.labels()).containsExactly("bug");
        assertInvalid(() -> new Issue(REF, "t", null, " ", false, List.of(), null, NOW), "status");
    }

    @Test
    void eventKindWireSpellings() {
        assertThat(wires(IssueEventKind.class)).contains("status-changed", "commented", "reopened");
    }
}
