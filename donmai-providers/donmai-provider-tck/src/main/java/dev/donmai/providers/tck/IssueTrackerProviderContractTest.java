package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.issues.Issue;
import dev.donmai.contracts.issues.IssueComment;
import dev.donmai.contracts.issues.IssueComments;
import dev.donmai.contracts.issues.IssuePage;
import dev.donmai.contracts.issues.IssueQuery;
import dev.donmai.contracts.issues.IssueRef;
import dev.donmai.contracts.issues.IssueTrackerCapabilities;
import dev.donmai.contracts.issues.IssueTrackerProvider;
import dev.donmai.contracts.issues.IssueTransitions;
import dev.donmai.contracts.issues.WebhookDelivery;
import dev.donmai.contracts.issues.WebhookOutcome;
import dev.donmai.contracts.provider.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code issue-tracker} family (contracts.md §6, §3.6), on top of the base checks:
 * expected outcomes are values, never exceptions. The checks that need an existing issue use the first one
 * {@code list} returns and are skipped when the tracker is empty.
 *
 * @param <P> the provider type
 */
public abstract class IssueTrackerProviderContractTest<P extends IssueTrackerProvider>
        extends ProviderContractTest<P, IssueTrackerCapabilities> {

    @Override
    protected Class<?> familyType() {
        return IssueTrackerProvider.class;
    }

    @Override
    protected List<FacetCheck<P, IssueTrackerCapabilities>> facets() {
        return List.of(
                FacetCheck.of("webhooks", "supportsWebhooks", IssueTrackerCapabilities::supportsWebhooks,
                        IssueTrackerProvider::webhooks),
                FacetCheck.of("comments", "supportsComments", IssueTrackerCapabilities::supportsComments,
                        IssueTrackerProvider::comments),
                FacetCheck.of("transitions", "supportsStatusTransitions",
                        IssueTrackerCapabilities::supportsStatusTransitions, IssueTrackerProvider::transitions));
    }

    /** The query the checks list with; by default every project. */
    protected IssueQuery query() {
        return IssueQuery.project(null);
    }

    /** A delivery the tracker accepts (correctly signed, about an issue), for the webhook check; empty skips it. */
    protected Optional<WebhookDelivery> acceptedDelivery() {
        return Optional.empty();
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        provider.list(query(), verbTimeout());
    }

    @Test
    @DisplayName("[3.6] list answers a page within its limit; each listed issue can be fetched")
    void listAndFetch() {
        P provider = activeProvider();
        IssuePage page = list(provider, query());
        assertThat(page.items().size()).as("items of one page").isLessThanOrEqualTo(query().limit());
        for (Issue issue : page.items()) {
            assertThat(issue.ref().providerId()).as("issue providerId").isEqualTo(provider.manifest().id());
            Optional<Issue> fetched = fetch(provider, issue.ref());
            assertThat(fetched).as("fetchCurrentState of a listed issue").isPresent();
            assertThat(fetched.get().ref().id()).isEqualTo(issue.ref().id());
        }
        page.next().ifPresent(cursor -> list(provider, query().page(cursor)));
    }

    @Test
    @DisplayName("[3.6] an unknown issue is an empty Optional, not an exception")
    void unknownIssueIsEmpty() {
        P provider = activeProvider();
        assertThat(fetch(provider, IssueRef.of(provider.manifest().id(), "tck-no-such-issue-42")))
                .as("fetchCurrentState of an unknown issue").isEmpty();
    }

    @Test
    @DisplayName("[3.6] an unsigned, malformed webhook delivery is refused as a value; normalising is deterministic")
    void badWebhookIsAValue() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsWebhooks(), "supportsWebhooks is false");
        WebhookDelivery garbage = new WebhookDelivery(Map.of(), "{not json", Instant.EPOCH);
        WebhookOutcome outcome = normalize(provider, garbage);
        assertThat(outcome).as("outcome of a malformed unsigned delivery")
                .isInstanceOfAny(WebhookOutcome.Rejected.class, WebhookOutcome.Ignored.class);
        assertThat(normalize(provider, garbage)).as("a second normalisation").isEqualTo(outcome);
        acceptedDelivery().ifPresent(good -> assertThat(normalize(provider, good)).as("a valid delivery")
                .isInstanceOf(WebhookOutcome.Accepted.class));
    }

    @Test
    @DisplayName("[3.6] a comment added to an issue is listed")
    void commentsRoundTrip() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsComments(), "supportsComments is false");
        IssueRef issue = anyIssue(provider);
        IssueComments comments = provider.comments().orElseThrow();
        IssueComment added = VerbCalls.call("comments.add", verbTimeout(),
                () -> comments.add(issue, "TCK comment", verbTimeout()));
        assertThat(added.body()).isEqualTo("TCK comment");
        assertThat(VerbCalls.call("comments.list", verbTimeout(), () -> comments.list(issue, verbTimeout())))
                .extracting(IssueComment::id).contains(added.id());
    }

    @Test
    @DisplayName("[3.6] a transition to an available status applies; another is OperationFailed")
    void transitionsFollowAvailability() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsStatusTransitions(), "supportsStatusTransitions is false");
        IssueRef issue = anyIssue(provider);
        IssueTransitions transitions = provider.transitions().orElseThrow();
        List<String> available = VerbCalls.call("transitions.available", verbTimeout(),
                () -> transitions.available(issue, verbTimeout()));
        assumeTrue(!available.isEmpty(), "the issue has no available transition");
        Issue moved = VerbCalls.call("transitions.transition", verbTimeout(),
                () -> transitions.transition(issue, available.get(0), verbTimeout()));
        assertThat(moved.status()).isEqualTo(available.get(0));
        assertThat(fetch(provider, issue)).get().extracting(Issue::status).isEqualTo(available.get(0));
        ProviderException.OperationFailed e = VerbCalls.expect(ProviderException.OperationFailed.class,
                "transitions.transition", verbTimeout(),
                () -> transitions.transition(issue, "tck-no-such-status", verbTimeout()));
        assertThat(e.code()).isEqualTo("transition-not-allowed");
    }

    /** Lists through {@link VerbCalls}. */
    protected final IssuePage list(P provider, IssueQuery query) {
        IssuePage page = VerbCalls.call("list", verbTimeout(), () -> provider.list(query, verbTimeout()));
        assertThat(page).as("list result").isNotNull();
        return page;
    }

    /** Fetches through {@link VerbCalls}. */
    protected final Optional<Issue> fetch(P provider, IssueRef ref) {
        Optional<Issue> issue = VerbCalls.call("fetchCurrentState", verbTimeout(),
                () -> provider.fetchCurrentState(ref, verbTimeout()));
        assertThat(issue).as("fetchCurrentState result").isNotNull();
        return issue;
    }

    private WebhookOutcome normalize(P provider, WebhookDelivery delivery) {
        WebhookOutcome outcome = VerbCalls.call("normalizeEvent", Duration.ZERO,
                () -> provider.webhooks().orElseThrow().normalizeEvent(delivery));
        assertThat(outcome).as("normalizeEvent result").isNotNull();
        return outcome;
    }

    private IssueRef anyIssue(P provider) {
        List<Issue> items = list(provider, query()).items();
        assumeTrue(!items.isEmpty(), "the tracker lists no issue");
        return items.get(0).ref();
    }
}
