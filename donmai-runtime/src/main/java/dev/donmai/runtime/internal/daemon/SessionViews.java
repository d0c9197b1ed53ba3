package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.SessionHandle;
import java.io.IOException;

/** The SessionHandle of host.md §5.4 as JSON: absent fields omitted. */
final class SessionViews {

    private SessionViews() {
    }

    static ObjectNode handle(SessionHandle h) {
        ObjectNode out = Json.object();
        out.put("sessionId", h.sessionId());
        out.put("state", h.state().wire());
        out.put("acceptedAt", Json.time(h.acceptedAt()));
        Json.putIfPresent(out, "startedAt", h.startedAt());
        Json.putIfPresent(out, "endedAt", h.endedAt());
        Json.putIfPresent(out, "pid", h.pid());
        Json.putIfPresent(out, "projectId", h.projectId());
        Json.putIfPresent(out, "projectName", h.projectName());
        Json.putIfPresent(out, "repository", h.repository());
        Json.putIfPresent(out, "canonicalRepository", h.canonicalRepository());
        Json.putIfPresent(out, "ref", h.ref());
        Json.putIfPresent(out, "harness", h.harness());
        Json.putIfPresent(out, "model", h.model());
        Json.putIfPresent(out, "workType", h.workType());
        Json.putIfPresent(out, "organizationId", h.organizationId());
        Json.putIfPresent(out, "worktreePath", h.worktreePath());
        Json.putIfPresent(out, "source", h.source() == null ? null : h.source().wire());
        Json.putIfPresent(out, "verdict", h.verdict() == null ? null : h.verdict().wire());
        Json.putIfPresent(out, "failureMode", h.failureMode() == null ? null : h.failureMode().controlWire());
        Json.putIfPresent(out, "exitCode", h.exitCode());
        return out;
    }

    /** A stored JSON object, or {@code null} when it is not one. */
    static ObjectNode parseObject(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }
}
