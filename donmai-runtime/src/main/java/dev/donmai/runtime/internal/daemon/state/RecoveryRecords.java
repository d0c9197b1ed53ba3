package dev.donmai.runtime.internal.daemon.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.api.SessionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records crash recovery writes for a session it ends: the result record (sessions.md §10) and, for
 * orchestrator sessions, the completion (R9) and terminal status (R10) bodies for the outbox (protocol.md §6.3).
 * Control-API sessions report to nobody (protocol.md §6), so they get no outbox rows.
 */
final class RecoveryRecords {

    /** Set on a stored result whose release recovery had to replace with an archive. */
    static final String RELEASE_INTERRUPTED = "release-interrupted";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STATUS_FIELDS = List.of("reason", "verdict", "summary", "costUsd", "branch",
            "commitSha", "pullRequestUrl", "startedAt", "endedAt");

    private RecoveryRecords() {
    }

    /**
     * The result record of a session recovery ends without one of its own.
     *
     * @param workareaPath where its workarea was, if anywhere
     * @param archived     the archive recovery made of it, if any
     */
    static ObjectNode synthesized(StoredSession row, SessionState state, FailureMode mode, String reason,
            Instant endedAt, @Nullable String workareaPath, RecoveryArchiver.@Nullable Archived archived,
            List<String> warnings) {
        SessionHandle h = row.handle();
        Instant started = h.acceptedAt();
        long durationMs = Math.max(0, Duration.between(started, endedAt).toMillis());
        SessionResult result = new SessionResult(row.sessionId(), row.attempt(), row.claimId().orElse(null),
                row.source(), state, mode, reason, null, null, "", null, null, null,
                archived == null ? null : archived.branch(), false, null, h.harness(), h.model(), null, null, null,
                null, null, null, started, endedAt, durationMs, null, workareaPath,
                archived == null ? null : "archive", archived == null ? null : archived.dir().toString(), 0, 0, 0, 0,
                SessionResult.MemoryReport.NONE, warnings);
        return JSON.valueToTree(result.toWire());
    }

    /**
     * A result record stored while finishing, with the archive recovery made in place of the planned release and
     * recovery's own warnings appended.
     */
    static ObjectNode resumed(ObjectNode stored, RecoveryArchiver.@Nullable Archived archived,
            List<String> warnings) {
        ObjectNode result = stored.deepCopy();
        JsonNode existing = result.path("warnings");
        ArrayNode all = existing.isArray() ? (ArrayNode) existing : result.putArray("warnings");
        if (archived != null) {
            result.put("releaseMode", "archive");
            result.put("archivePath", archived.dir().toString());
            all.add(RELEASE_INTERRUPTED);
        }
        warnings.forEach(all::add);
        return result;
    }

    /** A stored result record, when it parses as a JSON object. */
    static Optional<ObjectNode> parse(String json) {
        try {
            return JSON.readTree(json) instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The completion and terminal status rows for an orchestrator session; none for a control-API one. */
    static List<OutboxEntry> reports(StoredSession row, ObjectNode result, Instant now) {
        if (row.source() != SessionSource.ORCHESTRATOR) {
            return List.of();
        }
        String claim = row.claimId().orElse(null);
        ObjectNode completion = JSON.createObjectNode();
        if (claim != null) {
            completion.put("claimId", claim);
        }
        completion.put("attempt", row.attempt());
        completion.put("summary", result.path("summary").asText(""));
        completion.set("result", result);
        ObjectNode status = JSON.createObjectNode();
        if (claim != null) {
            status.put("claimId", claim);
        }
        status.put("attempt", row.attempt());
        String state = result.path("state").asText();
        status.put("status", state);
        if (result.hasNonNull("failureMode")) {
            status.set("failureMode", result.get("failureMode"));
        }
        for (String field : STATUS_FIELDS) {
            if (result.hasNonNull(field)) {
                status.set(field, result.get(field));
            }
        }
        if (result.hasNonNull("workareaPath")) {
            status.set("worktreePath", result.get("workareaPath"));
        }
        List<OutboxEntry> out = new ArrayList<>();
        out.add(OutboxEntry.pending(OutboxKind.COMPLETION, row.sessionId(), row.attempt(), claim,
                OutboxEntry.key(row.sessionId(), row.attempt(), "completion"), json(completion), now));
        out.add(OutboxEntry.pending(OutboxKind.STATUS, row.sessionId(), row.attempt(), claim,
                OutboxEntry.key(row.sessionId(), row.attempt(), "status:" + state), json(status), now));
        return out;
    }

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
