package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.nonNegative;
import static dev.donmai.contracts.provider.FieldChecks.require;

import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;

/**
 * The end of a session as reported once, by the runner, in {@code session.ended}.
 *
 * <p>Invariant: {@code failureMode} is absent iff the outcome is {@link SessionOutcome#SUCCEEDED}, and otherwise is
 * one that yields this outcome (sessions.md §2, e.g. {@code cancelled} ⇐ {@code operator-cancelled}).
 *
 * @param key         the session
 * @param outcome     how it ended
 * @param failureMode why, for every outcome but {@code succeeded}
 * @param verdict     the verdict, when one was resolved
 * @param costUsd     the metered total cost in USD, when known
 * @param endedAt     when it ended
 */
public record SessionEnded(
        SessionKey key,
        SessionOutcome outcome,
        @Nullable FailureMode failureMode,
        @Nullable Verdict verdict,
        @Nullable Double costUsd,
        Instant endedAt) {

    public SessionEnded {
        require(key, "key");
        require(outcome, "outcome");
        require(endedAt, "endedAt");
        nonNegative(costUsd, "costUsd");
        if (outcome == SessionOutcome.SUCCEEDED) {
            check(failureMode == null, "failureMode");
        } else {
            require(failureMode, "failureMode");
            check(yields(failureMode, outcome), "failureMode");
        }
    }

    private static boolean yields(FailureMode mode, SessionOutcome outcome) {
        for (SessionState state : new SessionState[] {SessionState.FAILED, SessionState.TERMINATED,
                SessionState.INTERRUPTED}) {
            if (mode.permits(state) && SessionOutcome.of(state, mode) == outcome) {
                return true;
            }
        }
        return false;
    }
}
