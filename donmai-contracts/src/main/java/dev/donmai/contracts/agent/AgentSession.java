package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import java.time.Duration;
import java.util.Optional;

/**
 * One running harness process for one session, as returned by {@link HarnessProvider#spawn}. Its
 * {@link #events()} obey the stream rules of {@link AgentEvent}. {@link #stop} and {@link #close()} may be called from
 * any thread, concurrently with a consumer of {@link #events()}.
 */
public interface AgentSession extends AutoCloseable {

    /** The session this process serves. */
    SessionKey key();

    /** The harness's own session id, once the harness reported it (usually in {@code Init}). */
    Optional<String> nativeSessionId();

    /**
     * The harness process (pid and start instant identify it across restarts, D16); empty for a harness without a
     * local process.
     */
    Optional<ProcessHandle> process();

    /** The normalised event stream; one consumer. */
    PullStream<AgentEvent> events();

    /** The message-injection facet; present iff {@code supportsMessageInjection}. */
    default Optional<MessageInjector> injector() {
        return Optional.empty();
    }

    /**
     * Stops the harness: {@link StopMode#GRACEFUL} sends SIGTERM to the process group and SIGKILL after
     * {@code grace}; {@link StopMode#IMMEDIATE} sends SIGKILL at once. Idempotent. Afterwards the stream still ends
     * with exactly one terminal event within {@code grace} + 5 s. Does not block until the process is gone.
     */
    void stop(StopMode mode, Duration grace);

    /** Stops the harness immediately if it still runs and releases the stream; idempotent, never throws. */
    @Override
    void close();
}
