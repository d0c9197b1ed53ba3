package dev.donmai.runtime.api.daemon;

import dev.donmai.runtime.internal.daemon.DaemonRuntime;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * The local daemon (host.md §3–§5): the control API on the bind address, durable state in {@code <home>/state.db},
 * crash recovery at start, sessions through the session engine, pause/resume/drain and graceful shutdown.
 *
 * <pre>{@code
 * LocalDaemon daemon = LocalDaemon.start(options);   // returns once ready
 * Runtime.getRuntime().addShutdownHook(...);          // or signal handlers calling shutdown()
 * int code = daemon.awaitExit();
 * }</pre>
 */
public interface LocalDaemon extends AutoCloseable {

    /**
     * Starts a daemon: lock, identity, control token, bind, {@code starting} → {@code recovering} → {@code ready}.
     *
     * @throws DaemonStartException when it cannot start; nothing is left bound or locked
     */
    static LocalDaemon start(DaemonOptions options) {
        return DaemonRuntime.start(options);
    }

    /** The state now. */
    DaemonState state();

    /** The control API's bound address. */
    InetSocketAddress address();

    /**
     * SIGTERM/SIGINT (host.md §5.2): the first call drains for up to {@code drain.timeoutSeconds}, then stops what is
     * left ({@code terminated}/{@code crash}); a second call, or {@code immediate}, stops everything now. Returns at
     * once; {@link #awaitExit} waits for the end.
     */
    void shutdown(boolean immediate);

    /** Waits until the daemon has stopped; returns the exit code (0 after a shutdown). */
    int awaitExit() throws InterruptedException;

    /** Waits up to {@code timeout}; empty while still running. */
    Optional<Integer> awaitExit(Duration timeout) throws InterruptedException;

    /** Stops now (as a second signal) and waits for the end. */
    @Override
    void close();
}
