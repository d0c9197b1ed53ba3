package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * Where an observation came from.
 *
 * @param sessionId the session; null for operator notes (required for {@code agent} and {@code auto})
 * @param attempt   the session's attempt, ≥ 1 with a session; 0 without
 * @param commitSha the commit the observation is about (lower-case hex)
 * @param paths     repository paths it concerns, at most 50
 * @param kitId     the kit that produced it
 * @param origin    who wrote it
 */
public record ObservationSource(
        @Nullable String sessionId,
        int attempt,
        @Nullable String commitSha,
        List<String> paths,
        @Nullable String kitId,
        ObservationOrigin origin) {

    public ObservationSource {
        FieldChecks.require(origin, "origin");
        if (sessionId == null) {
            FieldChecks.check(origin == ObservationOrigin.OPERATOR, "sessionId");
            FieldChecks.check(attempt == 0, "attempt");
        } else {
            Ids.requireSessionId(sessionId, "sessionId");
            FieldChecks.check(attempt >= 1, "attempt");
        }
        Checks.optionalCommit(commitSha, "commitSha");
        paths = Checks.paths(paths, "paths");
        FieldChecks.optionalText(kitId, "kitId");
    }

    /** An operator note without session, commit, paths or kit. */
    public static ObservationSource operator() {
        return new ObservationSource(null, 0, null, List.of(), null, ObservationOrigin.OPERATOR);
    }

    /** An observation written during {@code attempt} of {@code sessionId}. */
    public static ObservationSource session(String sessionId, int attempt, ObservationOrigin origin) {
        return new ObservationSource(sessionId, attempt, null, List.of(), null, origin);
    }
}
