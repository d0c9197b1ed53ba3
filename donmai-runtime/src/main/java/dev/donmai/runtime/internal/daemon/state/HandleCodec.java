package dev.donmai.runtime.internal.daemon.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The SessionHandle of host.md §5.4 as JSON, both ways: the control API shows it, state.db stores it. Absent fields
 * are omitted; timestamps are RFC 3339 UTC with milliseconds.
 */
public final class HandleCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HandleCodec() {
    }

    /** The handle as the API shows it. */
    public static ObjectNode write(SessionHandle h) {
        ObjectNode out = JSON.createObjectNode();
        out.put("sessionId", h.sessionId());
        out.put("state", h.state().wire());
        out.put("acceptedAt", time(h.acceptedAt()));
        if (h.startedAt() != null) {
            out.put("startedAt", time(h.startedAt()));
        }
        if (h.endedAt() != null) {
            out.put("endedAt", time(h.endedAt()));
        }
        if (h.pid() != null) {
            out.put("pid", h.pid());
        }
        text(out, "projectId", h.projectId());
        text(out, "projectName", h.projectName());
        text(out, "repository", h.repository());
        text(out, "canonicalRepository", h.canonicalRepository());
        text(out, "ref", h.ref());
        text(out, "harness", h.harness());
        text(out, "model", h.model());
        text(out, "workType", h.workType());
        text(out, "organizationId", h.organizationId());
        text(out, "worktreePath", h.worktreePath());
        text(out, "source", h.source() == null ? null : h.source().wire());
        text(out, "verdict", h.verdict() == null ? null : h.verdict().wire());
        text(out, "failureMode", h.failureMode() == null ? null : h.failureMode().controlWire());
        if (h.exitCode() != null) {
            out.put("exitCode", h.exitCode());
        }
        return out;
    }

    /** Reads what {@link #write} wrote. */
    public static SessionHandle read(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SessionHandle.Builder b = SessionHandle.builder(n.path("sessionId").asText(),
                SessionState.fromWire(n.path("state").asText()), Instant.parse(n.path("acceptedAt").asText()));
        b = b.startedAt(instant(n, "startedAt")).endedAt(instant(n, "endedAt"))
                .pid(n.hasNonNull("pid") ? n.get("pid").asLong() : null)
                .projectId(text(n, "projectId")).projectName(text(n, "projectName"))
                .repository(text(n, "repository")).canonicalRepository(text(n, "canonicalRepository"))
                .ref(text(n, "ref")).harness(text(n, "harness")).model(text(n, "model"))
                .workType(text(n, "workType")).organizationId(text(n, "organizationId"))
                .worktreePath(text(n, "worktreePath"))
                .exitCode(n.hasNonNull("exitCode") ? n.get("exitCode").asInt() : null);
        String source = text(n, "source");
        if (source != null) {
            b = b.source(SessionSource.fromWire(source));
        }
        String verdict = text(n, "verdict");
        if (verdict != null) {
            b = b.verdict(Verdict.fromWire(verdict));
        }
        String mode = text(n, "failureMode");
        if (mode != null) {
            b = b.failureMode(FailureMode.fromControlWire(mode));
        }
        return b.build();
    }

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static void text(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : null;
    }
}
