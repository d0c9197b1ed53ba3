package dev.donmai.runtime.api;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** A session started with {@link SessionEngine#start}: watch it, wait for it, stop it. Thread-safe. */
public interface SessionRun {

    /** The session id. */
    String sessionId();

    /** The attempt number. */
    int attempt();

    /** A snapshot of the session as it is now. */
    SessionHandle handle();

    /** Completes with the result record once the session is terminal; never completes exceptionally. */
    CompletionStage<SessionResult> completion();

    /** Waits for the result record. */
    SessionResult await() throws InterruptedException;

    /** Waits up to {@code timeout}; empty if the session is still running then. */
    Optional<SessionResult> await(Duration timeout) throws InterruptedException;

    /** Same as {@link SessionEngine#stop(String, FailureMode)} for this session. */
    StopResult stop(FailureMode mode);
}
