package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.api.SessionAdmission;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionResult;
import dev.donmai.runtime.api.StopResult;
import dev.donmai.runtime.api.Ticker;
import dev.donmai.runtime.spi.harness.ProcessAgentSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The shared, thread-safe part of one live session: its handle (state plus what is known), its stop mode and the
 * running harness, which the runner thread, watchdogs and {@code StopSession} callers meet on. State transitions are
 * validated against sessions.md §2 ({@link SessionState#canTransitionTo}).
 */
final class SessionContext {

    private static final System.Logger LOG = System.getLogger(SessionContext.class.getName());

    final SessionSpec spec;
    final SessionAdmission admission;
    final SessionKey key;
    final SessionListener listener;
    final Instant acceptedAt;
    final long acceptedNanos;
    final String toolchainKey;
    /** Tool → resolved version of each demanded tool (what the workarea provider keys its pool on). */
    final java.util.Map<String, String> resolvedToolchain;
    final CompletableFuture<SessionResult> completion = new CompletableFuture<>();

    private final Ticker ticker;
    private SessionHandle handle;
    private FailureMode stopMode;
    private long stopIssuedNanos = -1;
    private boolean forcedKill;
    private AgentSession agent;

    SessionContext(SessionSpec spec, SessionAdmission admission, SessionListener listener, SessionHandle accepted,
            Ticker ticker, String toolchainKey, java.util.Map<String, String> resolvedToolchain) {
        this.spec = spec;
        this.admission = admission;
        this.key = spec.key();
        this.listener = listener;
        this.acceptedAt = accepted.acceptedAt();
        this.ticker = ticker;
        this.acceptedNanos = ticker.nanos();
        this.handle = accepted;
        this.toolchainKey = toolchainKey;
        this.resolvedToolchain = java.util.Map.copyOf(resolvedToolchain);
    }

    String sessionId() {
        return key.sessionId();
    }

    synchronized SessionHandle handle() {
        return handle;
    }

    synchronized SessionState state() {
        return handle.state();
    }

    /** Updates known fields other than the state. */
    synchronized SessionHandle update(UnaryOperator<SessionHandle.Builder> change) {
        handle = change.apply(handle.toBuilder()).build();
        return handle;
    }

    /**
     * Moves to {@code next}; {@code change} may fill fields the new state needs (failure mode, end time, verdict).
     *
     * @throws IllegalStateException when §2 does not allow the move
     */
    synchronized SessionHandle transition(SessionState next, UnaryOperator<SessionHandle.Builder> change) {
        if (!handle.state().canTransitionTo(next)) {
            throw new IllegalStateException("session " + sessionId() + ": " + handle.state().wire() + " → "
                    + next.wire() + " is not a valid transition");
        }
        handle = change.apply(handle.toBuilder().state(next)).build();
        return handle;
    }

    /** Enters {@code running} with the harness attached; true when a stop was recorded before, so stop it now. */
    synchronized boolean running(AgentSession session, UnaryOperator<SessionHandle.Builder> change) {
        transition(SessionState.RUNNING, change);
        agent = session;
        if (stopMode != null) {
            stopIssuedNanos = ticker.nanos();
            return true;
        }
        return false;
    }

    /** StopSession (sessions.md §8): record the mode (first writer wins), then stop a running harness. */
    StopResult requestStop(FailureMode mode, Duration grace) {
        AgentSession toStop = null;
        StopResult result;
        synchronized (this) {
            SessionState state = handle.state();
            if (state.isTerminal()) {
                return new StopResult.NotFound(sessionId());
            }
            // A repeat call returns the first writer's result even once the session is finishing (sessions.md §8).
            if (stopMode != null) {
                return new StopResult.Stopping(sessionId(), stopMode, false);
            }
            if (state == SessionState.FINISHING) {
                return new StopResult.Unchanged(sessionId(), state);
            }
            stopMode = mode;
            if (state == SessionState.RUNNING && agent != null) {
                toStop = agent;
                stopIssuedNanos = ticker.nanos();
            }
            result = new StopResult.Stopping(sessionId(), mode, true);
        }
        if (toStop != null) {
            stopHarness(toStop, StopMode.GRACEFUL, grace, mode);
        }
        return result;
    }

    synchronized Optional<FailureMode> stopMode() {
        return Optional.ofNullable(stopMode);
    }

    /** True once the harness was asked to stop and {@code limit} has passed since. */
    synchronized boolean stopOverdue(Duration limit) {
        return stopIssuedNanos >= 0 && ticker.nanos() - stopIssuedNanos >= limit.toNanos();
    }

    synchronized void markForcedKill() {
        forcedKill = true;
    }

    synchronized boolean forcedKill() {
        return forcedKill;
    }

    static void stopHarness(AgentSession session, StopMode mode, Duration grace) {
        stopHarness(session, mode, grace, null);
    }

    /** Stops the harness; a process-backed one also learns the stop mode, which its {@code killed} error carries. */
    static void stopHarness(AgentSession session, StopMode mode, Duration grace, FailureMode reason) {
        try {
            if (reason != null && session instanceof ProcessAgentSession process) {
                process.stop(mode, grace, reason.controlWire());
                return;
            }
            session.stop(mode, grace);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "stopping harness of session " + session.key().sessionId()
                    + " failed: " + e.getClass().getSimpleName());
        }
    }
}
