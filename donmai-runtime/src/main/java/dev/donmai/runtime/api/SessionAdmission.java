package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.SessionSource;
import java.util.Objects;

/**
 * What admission decided about a session beyond its spec: which attempt this is, where it came from, the claim it
 * runs under and the canonical repository (host.md §4.3). Control-API and CLI sessions use {@link #api()}.
 *
 * @param attempt             the attempt number, from 1; each re-dispatch is a new attempt of the same session id
 * @param source              {@code api} or {@code orchestrator}
 * @param claimId             the orchestrator's claim, if any
 * @param canonicalRepository the repository to check out as admission resolved it; {@code null} = the spec's
 *                            {@code repository} as given (a local path is made absolute)
 */
public record SessionAdmission(int attempt, SessionSource source, @Nullable String claimId,
        @Nullable String canonicalRepository) {

    public SessionAdmission {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
        Objects.requireNonNull(source, "source");
    }

    /** Attempt 1 from the control API or CLI, no claim, the repository as given. */
    public static SessionAdmission api() {
        return new SessionAdmission(1, SessionSource.API, null, null);
    }
}
