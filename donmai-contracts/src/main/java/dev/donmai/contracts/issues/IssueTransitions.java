package dev.donmai.contracts.issues;

import java.time.Duration;
import java.util.List;

/** Facet of an {@link IssueTrackerProvider} with {@code supportsStatusTransitions}. */
public interface IssueTransitions {

    /** The statuses the issue can move to now. */
    List<String> available(IssueRef issue, Duration timeout);

    /**
     * Moves the issue to {@code status} and returns its new state.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.OperationFailed code {@code transition-not-allowed}
     *         when {@code status} is not among {@link #available}
     */
    Issue transition(IssueRef issue, String status, Duration timeout);
}
