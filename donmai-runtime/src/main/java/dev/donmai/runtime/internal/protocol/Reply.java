package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the orchestrator, or the transport failure in its place.
 *
 * @param status     the HTTP status; 0 when no answer arrived (network error or timeout)
 * @param body       the JSON object body; empty object when absent or unparseable (§1: success with defaults)
 * @param retryAfter {@code Retry-After} in seconds, when sent
 * @param error      what went wrong in transport, or the status line's summary
 */
record Reply(int status, ObjectNode body, Optional<Duration> retryAfter, String error) {

    Reply {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(error, "error");
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Network error, timeout, 5xx, 408 or 429: worth trying again. */
    boolean retryable() {
        return status == 0 || status >= 500 || status == 408 || status == 429;
    }

    /** The body's {@code error} text, or what happened. */
    String describe() {
        if (status == 0) {
            return error;
        }
        String text = body.path("error").asText("");
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
    }
}
