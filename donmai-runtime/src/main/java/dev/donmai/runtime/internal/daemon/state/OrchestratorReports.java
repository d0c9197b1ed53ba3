package dev.donmai.runtime.internal.daemon.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.SessionSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox rows an orchestrator session's own life writes (protocol.md §6): R10 {@code running} on entering
 * {@code running}, and R9 completion then R10 terminal status at the terminal commit, the same bodies crash recovery
 * writes. Control-API sessions get none.
 */
public final class OrchestratorReports {

    private OrchestratorReports() {
    }

    /** The R10 {@code running} row, or empty for a control-API session. */
    public static Optional<OutboxEntry> running(StoredSession row, Instant now) {
        if (row.source() != SessionSource.ORCHESTRATOR) {
            return Optional.empty();
        }
        String claim = row.claimId().orElse(null);
        ObjectNode status = RecoveryRecords.parse("{}").orElseThrow();
        if (claim != null) {
            status.put("claimId", claim);
        }
        status.put("attempt", row.attempt());
        status.put("status", "running");
        if (row.handle().startedAt() != null) {
            status.put("startedAt", row.handle().startedAt().toString());
        }
        return Optional.of(OutboxEntry.pending(OutboxKind.STATUS, row.sessionId(), row.attempt(), claim,
                OutboxEntry.key(row.sessionId(), row.attempt(), "status:running"), RecoveryRecords.json(status), now));
    }

    /** The R9 completion and R10 terminal rows for {@code resultJson}, or none for a control-API session. */
    public static List<OutboxEntry> terminal(StoredSession row, String resultJson, Instant now) {
        return RecoveryRecords.parse(resultJson).map(result -> RecoveryRecords.reports(row, result, now))
                .orElse(List.of());
    }
}
