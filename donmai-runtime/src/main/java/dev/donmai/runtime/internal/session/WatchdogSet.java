package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.runtime.api.Ticker;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The watchdogs of one running session (sessions.md §8), evaluated by {@link #check()} against an injected
 * {@link Ticker}, so tests move time instead of waiting for it:
 * <ul>
 * <li>max duration since the harness started → {@code timeout};</li>
 * <li>no progress: no normalised event (an {@code unparsed} notice does not count) for the no-progress limit, or the
 * longer tool limit while a {@code ToolUse} has no {@code ToolResult} yet → {@code no-progress};</li>
 * <li>budget: the {@link CostMeter}'s cost or tokens over the limit → {@code budget}.</li>
 * </ul>
 * A zero limit is off. {@link #disarm()} (entering {@code finishing}) stops every watchdog. Thread-safe: the stream
 * reader feeds events while the shared scheduler calls {@link #check()}.
 */
final class WatchdogSet {

    /**
     * The limits; {@link Duration#ZERO} switches one off.
     *
     * @param maxDuration    max-duration watchdog
     * @param noProgress     no-progress limit
     * @param noProgressTool no-progress limit while a tool call is open
     * @param maxCostUsd     budget in USD, or null
     * @param maxTokens      budget in tokens, or null
     */
    record Limits(Duration maxDuration, Duration noProgress, Duration noProgressTool, @Nullable Double maxCostUsd,
            @Nullable Long maxTokens) {
    }

    private final Ticker ticker;
    private final Limits limits;
    private final CostMeter meter;
    private final long startedAt;
    private final Set<String> openToolUses = new HashSet<>();
    private int anonymousOpen;
    private long lastProgress;
    private boolean armed = true;

    WatchdogSet(Ticker ticker, Limits limits, CostMeter meter) {
        this.ticker = ticker;
        this.limits = limits;
        this.meter = meter;
        this.startedAt = ticker.nanos();
        this.lastProgress = startedAt;
    }

    /** Feeds one normalised event: progress, and tool calls opened or closed. */
    synchronized void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.SystemNotice notice
                && AgentEvent.SystemNotice.UNPARSED.equals(notice.subtype())) {
            return;
        }
        lastProgress = ticker.nanos();
        if (event instanceof AgentEvent.ToolUse use) {
            if (use.toolUseId() != null) {
                openToolUses.add(use.toolUseId());
            } else {
                anonymousOpen++;
            }
        } else if (event instanceof AgentEvent.ToolResult result) {
            if (result.toolUseId() != null && openToolUses.remove(result.toolUseId())) {
                return;
            }
            if (anonymousOpen > 0) {
                anonymousOpen--;
            }
        }
    }

    /** The stop mode of the first watchdog that has fired, if any; empty once disarmed. */
    synchronized Optional<FailureMode> check() {
        if (!armed) {
            return Optional.empty();
        }
        long now = ticker.nanos();
        if (exceeded(now - startedAt, limits.maxDuration())) {
            return Optional.of(FailureMode.TIMEOUT);
        }
        Duration noProgress = openToolUses.isEmpty() && anonymousOpen == 0 ? limits.noProgress()
                : limits.noProgressTool();
        if (exceeded(now - lastProgress, noProgress)) {
            return Optional.of(FailureMode.NO_PROGRESS);
        }
        if (limits.maxCostUsd() != null && meter.costUsd().map(c -> c > limits.maxCostUsd()).orElse(false)) {
            return Optional.of(FailureMode.BUDGET);
        }
        if (limits.maxTokens() != null && meter.tokens() > limits.maxTokens()) {
            return Optional.of(FailureMode.BUDGET);
        }
        return Optional.empty();
    }

    /** Stops every watchdog (the session is finishing). */
    synchronized void disarm() {
        armed = false;
    }

    private static boolean exceeded(long elapsedNanos, Duration limit) {
        return limit != null && !limit.isZero() && elapsedNanos >= limit.toNanos();
    }
}
