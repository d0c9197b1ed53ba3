package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import java.util.Optional;

/**
 * The registration block of status, stats and doctor (host.md §3.3) when no protocol client runs: {@code stub} when
 * {@code orchestrator.stub} is set or the URL is {@code file://} (workerId {@code worker-<hostname>-stub}, no
 * network), else {@code disabled}. Never derived from the token's shape. With an http(s) URL the
 * {@link dev.donmai.runtime.internal.protocol.ProtocolWorker} reports the block instead.
 *
 * @param state    {@code disabled} or {@code stub}
 * @param workerId the worker id when there is one
 */
record Registration(String state, Optional<String> workerId) {

    static Registration of(DaemonSettings settings, String hostname) {
        boolean stub = settings.orchestrator().stub() || settings.orchestrator().url()
                .map(u -> "file".equalsIgnoreCase(u.getScheme())).orElse(false);
        return stub ? new Registration("stub", Optional.of("worker-" + hostname + "-stub"))
                : new Registration("disabled", Optional.empty());
    }

    /** {@code {state, lastPollAt, lastError, consecutiveFailures}} (+ {@code workerId}); the two nulls are spec'd. */
    ObjectNode json() {
        ObjectNode out = Json.object().put("state", state);
        out.putNull("lastPollAt");
        out.putNull("lastError");
        out.put("consecutiveFailures", 0);
        workerId.ifPresent(id -> out.put("workerId", id));
        return out;
    }
}
