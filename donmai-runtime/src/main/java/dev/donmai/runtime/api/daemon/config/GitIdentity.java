package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;

/**
 * {@code git.authorName} / {@code git.authorEmail}: the identity agents and the backstop commit with (sessions.md §5).
 *
 * @param authorName  commit author and committer name
 * @param authorEmail commit author and committer email
 */
public record GitIdentity(String authorName, String authorEmail) {

    /** {@code Donmai Agent <agent@donmai.invalid>}. */
    public static final GitIdentity DEFAULT = new GitIdentity("Donmai Agent", "agent@donmai.invalid");

    public GitIdentity {
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
    }
}
