package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * Where a node's observation came from; every node of a {@link MemoryResult} has exactly one.
 *
 * @param nodeId        the cited node
 * @param observationId its observation
 * @param sessionId     the session that wrote it, if any
 * @param attempt       that session's attempt (0 without a session)
 * @param commitSha     the commit it is about, if any
 * @param paths         paths it concerns
 * @param createdAt     when it was written
 * @param label         {@code obs_…@<sessionId>#<attempt>[:<commit7>]}, or {@code obs_…@operator} without a
 *                      session ({@link #labelFor})
 */
public record Citation(
        String nodeId,
        String observationId,
        @Nullable String sessionId,
        int attempt,
        @Nullable String commitSha,
        List<String> paths,
        Instant createdAt,
        String label) {

    public Citation {
        FieldChecks.requireText(nodeId, "nodeId");
        Checks.observationId(observationId, "observationId");
        FieldChecks.optionalText(sessionId, "sessionId");
        FieldChecks.nonNegative(attempt, "attempt");
        Checks.optionalCommit(commitSha, "commitSha");
        paths = FieldChecks.requiredTexts(paths, "paths");
        FieldChecks.require(createdAt, "createdAt");
        FieldChecks.require(label, "label");
        FieldChecks.check(label.equals(labelFor(observationId, sessionId, attempt, commitSha)), "label");
    }

    /** The citation of {@code observation} as node {@code nodeId}. */
    public static Citation of(String nodeId, Observation observation) {
        ObservationSource source = observation.source();
        return new Citation(nodeId, observation.id(), source.sessionId(), source.attempt(), source.commitSha(),
                source.paths(), observation.createdAt(),
                labelFor(observation.id(), source.sessionId(), source.attempt(), source.commitSha()));
    }

    /**
     * The label {@code <observationId>@<sessionId>#<attempt>} plus {@code :<first 7 of commitSha>} when there is a
     * commit; {@code <observationId>@operator} without a session.
     */
    public static String labelFor(String observationId, @Nullable String sessionId, int attempt,
            @Nullable String commitSha) {
        if (sessionId == null) {
            return observationId + "@operator";
        }
        String label = observationId + "@" + sessionId + "#" + attempt;
        return commitSha == null ? label : label + ":" + commitSha.substring(0, Math.min(7, commitSha.length()));
    }
}
