package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routing decision of every admitted session, stored before its 202 so {@code GET /routing/explain/<id>} answers
 * at once (host.md §3.2): one sandbox ({@code local}) and the resolved harness as the LLM, with a trace through the
 * phases {@code filter, policy, health, order}. Kept in memory for the daemon's life.
 */
final class RoutingLog {

    private static final List<String> PHASES = List.of("filter", "policy", "health", "order");

    private final Map<String, ObjectNode> decisions = new ConcurrentHashMap<>();

    void record(String sessionId, String harness, Instant decidedAt) {
        ObjectNode out = Json.object().put("sessionId", sessionId);
        out.putObject("decision").put("sessionId", sessionId).put("chosenSandbox", "local")
                .put("chosenLLM", harness).put("decidedAt", Json.time(decidedAt));
        ArrayNode trace = out.putArray("trace");
        int step = 1;
        for (String phase : PHASES) {
            ObjectNode entry = trace.addObject().put("step", step++).put("phase", phase)
                    .put("dimension", "capability");
            entry.putArray("remaining").add("local");
        }
        decisions.put(sessionId, out);
    }

    Optional<ObjectNode> explain(String sessionId) {
        return Optional.ofNullable(decisions.get(sessionId)).map(ObjectNode::deepCopy);
    }

    void forget(String sessionId) {
        decisions.remove(sessionId);
    }
}
