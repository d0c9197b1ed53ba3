package dev.donmai.runtime.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Every interval, timeout, backoff, throttle and TTL of the daemon side of the worker protocol (protocol.md §5–§6,
 * §9 "Time"). Not in daemon.yaml: production uses {@link #defaults()}, the conformance suite {@link #scaled(int)}.
 *
 * @param connectTimeout           TCP connect, every route (§1)
 * @param registerTimeout          R1, R2 and every per-session route but R7/R8 (10 s)
 * @param heartbeatTimeout         R3, R7, R8 (5 s)
 * @param pollTimeout              R4 (30 s)
 * @param heartbeatInterval        R3 cadence when registration names none (30 s)
 * @param pollInterval             R4 cadence when registration names none (5 s)
 * @param registerRetryInitial     first R1 retry after a network error or 5xx (1 s, doubling)
 * @param registerRetryMax         cap of that doubling (60 s)
 * @param reregisterThrottle       at most one ladder R1 per this window (60 s)
 * @param ladderReuse              a ladder result younger than this is reused by other callers (30 s)
 * @param proactiveRefreshMax      R2 once less than min(this, half the token lifetime) remains (5 min)
 * @param lockRefreshMin           lower clamp of the R6 cadence leaseSeconds/3 (5 s)
 * @param lockRefreshMax           upper clamp of the R6 cadence (30 s)
 * @param lockRefreshRetry         first in-tick R6 retry, doubling for the next two (1 s → 1/2/4 s)
 * @param outboxFirstRetry         first outbox retry, doubling for three tries (1 s → 1/2/4 s)
 * @param outboxBackoffStart       the outbox backoff after those (5 s, doubling)
 * @param outboxBackoffCap         cap of outbox backoff and of an honoured {@code Retry-After} (300 s)
 * @param outboxTick               how often the dispatcher looks for due rows
 * @param outboxBacklog            a pending row older than this raises {@code outbox-backlog} (10 min)
 * @param drainFlush               how long shutdown keeps flushing the outbox (10 s)
 * @param skewWarning              {@code serverTime} further than this from ours is logged (60 s)
 * @param stepHeartbeatInterval    R7 at most this often per session while events arrive (15 s)
 * @param activityInterval         R8 at most once per this per session (1 s)
 * @param deliveredKept            delivered outbox rows are kept this long (7 d)
 * @param rejectedKept             rejected and superseded outbox rows are kept this long (30 d)
 * @param appliedMutationsKept     applied mutation ids are remembered this long, so repeats are re-acked (30 d)
 */
public record ProtocolTimings(Duration connectTimeout, Duration registerTimeout, Duration heartbeatTimeout,
        Duration pollTimeout, Duration heartbeatInterval, Duration pollInterval, Duration registerRetryInitial,
        Duration registerRetryMax, Duration reregisterThrottle, Duration ladderReuse, Duration proactiveRefreshMax,
        Duration lockRefreshMin, Duration lockRefreshMax, Duration lockRefreshRetry, Duration outboxFirstRetry,
        Duration outboxBackoffStart, Duration outboxBackoffCap, Duration outboxTick, Duration outboxBacklog,
        Duration drainFlush, Duration skewWarning, Duration stepHeartbeatInterval, Duration activityInterval,
        Duration deliveredKept, Duration rejectedKept, Duration appliedMutationsKept) {

    /** Failed heartbeat or poll ticks in a row after which status reports {@code degraded} (D13's N). */
    public static final int DEGRADED_AFTER = 3;
    /** Outbox sessions delivered in parallel. */
    public static final int OUTBOX_PARALLEL_SESSIONS = 4;
    /** 404 answers after which an outbox row is rejected, and R6 404 ticks after which ownership is lost. */
    public static final int NOT_FOUND_LIMIT = 3;

    public ProtocolTimings {
        for (Duration d : new Duration[] {connectTimeout, registerTimeout, heartbeatTimeout, pollTimeout,
                heartbeatInterval, pollInterval, registerRetryInitial, registerRetryMax, reregisterThrottle,
                ladderReuse, proactiveRefreshMax, lockRefreshMin, lockRefreshMax, lockRefreshRetry, outboxFirstRetry,
                outboxBackoffStart, outboxBackoffCap, outboxTick, outboxBacklog, drainFlush, skewWarning,
                stepHeartbeatInterval, activityInterval, deliveredKept, rejectedKept, appliedMutationsKept}) {
            Objects.requireNonNull(d, "timing");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timings must be positive");
            }
        }
        if (lockRefreshMin.compareTo(lockRefreshMax) > 0) {
            throw new IllegalArgumentException("lockRefreshMin must not exceed lockRefreshMax");
        }
    }

    /** The values of protocol.md §1–§6. */
    public static ProtocolTimings defaults() {
        return new ProtocolTimings(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofSeconds(300), Duration.ofMillis(500), Duration.ofMinutes(10),
                Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofSeconds(1),
                Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(30));
    }

    /** Every duration divided by {@code divisor} (at least 1 ms), for tests that must not wait real minutes. */
    public ProtocolTimings scaled(int divisor) {
        if (divisor < 1) {
            throw new IllegalArgumentException("divisor must be at least 1");
        }
        return new ProtocolTimings(d(connectTimeout, divisor), d(registerTimeout, divisor),
                d(heartbeatTimeout, divisor), d(pollTimeout, divisor), d(heartbeatInterval, divisor),
                d(pollInterval, divisor), d(registerRetryInitial, divisor), d(registerRetryMax, divisor),
                d(reregisterThrottle, divisor), d(ladderReuse, divisor), d(proactiveRefreshMax, divisor),
                d(lockRefreshMin, divisor), d(lockRefreshMax, divisor), d(lockRefreshRetry, divisor),
                d(outboxFirstRetry, divisor), d(outboxBackoffStart, divisor), d(outboxBackoffCap, divisor),
                d(outboxTick, divisor), d(outboxBacklog, divisor), d(drainFlush, divisor), d(skewWarning, divisor),
                d(stepHeartbeatInterval, divisor), d(activityInterval, divisor), d(deliveredKept, divisor),
                d(rejectedKept, divisor), d(appliedMutationsKept, divisor));
    }

    private static Duration d(Duration value, int divisor) {
        return Duration.ofMillis(Math.max(1, value.toMillis() / divisor));
    }
}
