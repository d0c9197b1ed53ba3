package dev.donmai.contracts.issues;

import java.time.Duration;
import java.util.List;

/** Facet of an {@link IssueTrackerProvider} with {@code supportsComments}. */
public interface IssueComments {

    /** The issue's comments, oldest first. */
    List<IssueComment> list(IssueRef issue, Duration timeout);

    /** Adds a comment and returns it as stored. */
    IssueComment add(IssueRef issue, String body, Duration timeout);
}
