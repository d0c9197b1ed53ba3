package dev.donmai.runtime.internal.protocol;

import dev.donmai.runtime.api.ProtocolTimings;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed heartbeat and poll ticks in a row, the last error and the last successful poll: the {@code registration}
 * block's counters and the {@code degraded} status of protocol.md §5.1 (three failed ticks of either loop).
 */
final class LinkHealth {

    private int heartbeatFailures;
    private int pollFailures;
    private int registerFailures;
    private String lastError;
    private Instant lastPollAt;

    synchronized void heartbeat(boolean ok, String error) {
        heartbeatFailures = ok ? 0 : heartbeatFailures + 1;
        remember(ok, error);
    }

    synchronized void poll(boolean ok, String error, Instant at) {
        pollFailures = ok ? 0 : pollFailures + 1;
        if (ok) {
            lastPollAt = at;
        }
        remember(ok, error);
    }

    synchronized void register(boolean ok, String error) {
        registerFailures = ok ? 0 : registerFailures + 1;
        remember(ok, error);
    }

    private void remember(boolean ok, String error) {
        if (!ok) {
            lastError = error;
        }
    }

    synchronized int consecutiveFailures() {
        return Math.max(registerFailures, Math.max(heartbeatFailures, pollFailures));
    }

    synchronized boolean degraded() {
        return heartbeatFailures >= ProtocolTimings.DEGRADED_AFTER || pollFailures >= ProtocolTimings.DEGRADED_AFTER
                || registerFailures >= ProtocolTimings.DEGRADED_AFTER;
    }

    synchronized Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    synchronized Optional<Instant> lastPollAt() {
        return Optional.ofNullable(lastPollAt);
    }
}
