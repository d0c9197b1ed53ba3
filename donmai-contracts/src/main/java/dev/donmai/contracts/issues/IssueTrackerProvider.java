package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.Provider;
import java.time.Duration;
import java.util.Optional;

/** A provider of the {@code issue-tracker} family. */
public interface IssueTrackerProvider extends Provider<IssueTrackerCapabilities> {

    /** One page of issues matching {@code query}. */
    IssuePage list(IssueQuery query, Duration timeout);

    /** The issue as it is now; empty when it does not exist (any more) or is not visible to the provider. */
    Optional<Issue> fetchCurrentState(IssueRef ref, Duration timeout);

    /** Webhook normalisation; present iff {@code capabilities().supportsWebhooks()}. */
    default Optional<IssueWebhooks> webhooks() {
        return Optional.empty();
    }

    /** Comments; present iff {@code capabilities().supportsComments()}. */
    default Optional<IssueComments> comments() {
        return Optional.empty();
    }

    /** Status transitions; present iff {@code capabilities().supportsStatusTransitions()}. */
    default Optional<IssueTransitions> transitions() {
        return Optional.empty();
    }
}
