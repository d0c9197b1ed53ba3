package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.runtime.spi.process.GroupProcess;
import dev.donmai.runtime.spi.process.Signal;
import dev.donmai.runtime.spi.process.StderrTail;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An {@link AgentSession} over a harness process group: one reader thread for stdout (lines → {@link LineParser} →
 * {@link EventNormaliser} → a bounded {@link EventQueue}, the session's {@link #events()}), one for stderr (the
 * {@link StderrTail} log and tail, plus whatever the parser makes of stderr lines), and, once stopped, one stopper.
 *
 * <p><b>End of stream.</b> At stdout EOF the reader waits up to {@link #STDERR_DRAIN} for stderr and up to
 * {@link #EXIT_WAIT} for the exit code, then lets the parser speak ({@link LineParser#onEnd}) and the normaliser close
 * the stream ({@code silent-exit}/{@code spawn-failed}), or, after a stop, emits {@code Error("killed")}.
 *
 * <p><b>Stop</b> ({@link #stop}, idempotent; sessions.md §8): SIGTERM to the group (SIGKILL at once for
 * {@link StopMode#IMMEDIATE} or a zero grace), SIGKILL once {@code grace} has passed with a member alive, repeated
 * each second while one lives. The stream normally ends when the dead group closes its pipes; if a process that left
 * the group still holds them, the stopper ends the stream itself at {@code grace} + {@link #STOP_MARGIN}, inside
 * rule 5's {@code grace} + 5 s. A second {@code stop} changes nothing, except that {@code IMMEDIATE} sends SIGKILL
 * at once.
 *
 * <p>Threads come from the {@link Setup#threads()} factory (the provider host's), so a host sees and can wait for
 * them ({@link #awaitThreads}). Subclasses may add facets (e.g. {@link #injector()}); call {@link #start()} once
 * after construction, or use {@link #start(Setup)}.
 */
public class ProcessAgentSession implements AgentSession, ProcessSessionInfo {

    /** How long stdout EOF waits for the stderr reader to drain. */
    public static final Duration STDERR_DRAIN = Duration.ofSeconds(1);
    /** How long stdout EOF waits for the process to exit, to report its exit code. */
    public static final Duration EXIT_WAIT = Duration.ofSeconds(2);
    /** After {@code stop}, the stream ends at the latest {@code grace} + this (rule 5 allows + 5 s). */
    public static final Duration STOP_MARGIN = Duration.ofSeconds(4);
    /** The longest stdout line kept; the rest of a longer line is skipped. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final Duration STOP_POLL = Duration.ofMillis(25);
    private static final Duration KILL_REPEAT = Duration.ofSeconds(1);

    /**
     * What a session is made of.
     *
     * @param key           the session
     * @param process       the started harness process group
     * @param parser        the harness's line mapping
     * @param clock         the clock for {@code observedAt}
     * @param threads       where reader and stopper threads come from (the provider host's factory)
     * @param stderr        the stderr log and tail
     * @param queueCapacity the event queue's bound
     * @param onClosed      called once, on the first {@link #close()}; may be null
     */
    public record Setup(SessionKey key, GroupProcess process, LineParser parser, Clock clock, ThreadFactory threads,
            StderrTail stderr, int queueCapacity, @Nullable Consumer<ProcessAgentSession> onClosed) {
        public Setup {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(process, "process");
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(threads, "threads");
            Objects.requireNonNull(stderr, "stderr");
            if (queueCapacity <= 0) {
                throw new IllegalArgumentException("queueCapacity must be positive");
            }
        }

        /** A setup with the default queue capacity and no close callback. */
        public static Setup of(SessionKey key, GroupProcess process, LineParser parser, Clock clock,
                ThreadFactory threads, StderrTail stderr) {
            return new Setup(key, process, parser, clock, threads, stderr, EventQueue.DEFAULT_CAPACITY, null);
        }
    }

    private final Setup setup;
    private final GroupProcess process;
    private final LineParser parser;
    private final Clock clock;
    private final EventNormaliser normaliser;
    private final EventQueue queue;
    private final Object emitLock = new Object();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch drained = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean protocolKill = new AtomicBoolean();
    private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Object stopLock = new Object();
    private @Nullable StopMode stopMode;
    private @Nullable String stopReason;
    private volatile boolean killSent;

    protected ProcessAgentSession(Setup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.process = setup.process();
        this.parser = setup.parser();
        this.clock = setup.clock();
        this.normaliser = new EventNormaliser(clock);
        this.queue = new EventQueue(setup.queueCapacity());
    }

    /** Creates and starts a session. */
    public static ProcessAgentSession start(Setup setup) {
        ProcessAgentSession session = new ProcessAgentSession(setup);
        session.start();
        return session;
    }

    /** Emits the parser's start events and starts the reader threads; once. */
    public final void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        synchronized (emitLock) {
            emit(normaliser.acceptAll(safe(() -> parser.onStart(clock.instant()))));
        }
        Thread stderrReader = newThread(this::readStderr);
        Thread stdoutReader = newThread(() -> readStdout(stderrReader));
        stderrReader.start();
        stdoutReader.start();
    }

    // ---------------------------------------------------------------- AgentSession

    @Override
    public SessionKey key() {
        return setup.key();
    }

    @Override
    public Optional<String> nativeSessionId() {
        return normaliser.nativeSessionId();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.of(process.handle());
    }

    @Override
    public PullStream<AgentEvent> events() {
        return queue;
    }

    @Override
    public void stop(StopMode mode, Duration grace) {
        stop(mode, grace, Objects.requireNonNull(mode, "mode").wire());
    }

    /**
     * {@link #stop(StopMode, Duration)} with the text the {@code killed} error carries (the session engine passes its
     * stop mode, e.g. {@code timeout}); the first call's text wins.
     */
    public void stop(StopMode mode, Duration grace, String reason) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(reason, "reason");
        boolean first;
        synchronized (stopLock) {
            first = stopMode == null;
            if (first) {
                stopMode = mode;
                stopReason = reason;
            }
        }
        if (first) {
            Duration effective = mode == StopMode.IMMEDIATE || grace.isNegative() ? Duration.ZERO : grace;
            newThread(() -> runStop(effective)).start();
        } else if (mode == StopMode.IMMEDIATE && !killSent) {
            killSent = true;
            process.signalGroup(Signal.KILL);
        }
    }

    /** Kills the harness if it still runs (SIGKILL to the group) and releases the stream; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            stop(StopMode.IMMEDIATE, Duration.ZERO);
        } finally {
            queue.close();
            if (setup.onClosed() != null) {
                setup.onClosed().accept(this);
            }
        }
    }

    // ---------------------------------------------------------------- ProcessSessionInfo

    @Override
    public GroupProcess group() {
        return process;
    }

    @Override
    public OptionalInt exitCode() {
        return process.exitCode();
    }

    @Override
    public long droppedAfterTerminal() {
        return normaliser.droppedAfterTerminal();
    }

    @Override
    public String stderrTail() {
        return setup.stderr().tail();
    }

    @Override
    public boolean awaitDrained(Duration timeout) {
        try {
            return drained.await(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return drained.getCount() == 0;
        }
    }

    /** True once the stream's terminal event was produced (whether or not the consumer took it yet). */
    public boolean isEnded() {
        return ended.getCount() == 0;
    }

    /**
     * Waits up to {@code timeout} for this session's threads (readers, stopper) to end.
     *
     * @return true when all ended
     */
    public boolean awaitThreads(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return threads.stream().noneMatch(Thread::isAlive);
            }
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    // ---------------------------------------------------------------- readers

    private void readStdout(Thread stderrReader) {
        LineReader reader = new LineReader(process.stdout(), MAX_LINE_BYTES);
        try {
            Optional<String> line;
            while ((line = reader.readLine()).isPresent()) {
                onStdoutLine(line.get());
            }
        } catch (IOException e) {
            // A closed or broken pipe ends the stream like EOF does.
        } finally {
            try {
                finish(stderrReader);
            } finally {
                drained.countDown();
            }
        }
    }

    private void onStdoutLine(String line) {
        var now = clock.instant();
        ParseResult result;
        try {
            result = parser.parse(line, now);
        } catch (RuntimeException e) {
            result = ParseResult.unparsed(); // a parser bug must not end the session; the line is kept as data
        }
        synchronized (emitLock) {
            if (result instanceof ParseResult.Parsed parsed) {
                if (parsed.events().isEmpty()) {
                    normaliser.parsedWithoutEvents();
                } else {
                    emit(normaliser.acceptAll(parsed.events()));
                }
            } else {
                emit(normaliser.unparsed(line));
            }
        }
        if (normaliser.protocolErrorRaised() && protocolKill.compareAndSet(false, true)) {
            killSent = true;
            process.signalGroup(Signal.KILL);
        }
    }

    private void readStderr() {
        LineReader reader = new LineReader(process.stderr(), MAX_LINE_BYTES);
        try {
            Optional<String> line;
            while ((line = reader.readLine()).isPresent()) {
                String text = line.get();
                setup.stderr().writeLine(text);
                List<AgentEvent> events = safe(() -> parser.onStderrLine(text, clock.instant()));
                if (!events.isEmpty()) {
                    synchronized (emitLock) {
                        emit(normaliser.acceptAll(events));
                    }
                }
            }
        } catch (IOException e) {
            // As for stdout: the pipe is gone.
        }
    }

    /** Stdout is at EOF: let stderr drain, learn the exit code, and close the stream. */
    private void finish(Thread stderrReader) {
        try {
            stderrReader.join(STDERR_DRAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Integer exit = awaitExitCode();
        synchronized (emitLock) {
            String reason = stopReason();
            if (reason != null) {
                emit(normaliser.stopped(reason, exit));
            } else {
                List<AgentEvent> out = new ArrayList<>(
                        normaliser.acceptAll(safe(() -> parser.onEnd(exit, clock.instant()))));
                out.addAll(normaliser.endOfStream(exit, setup.stderr().tail()));
                emit(out);
            }
        }
        if (!stderrReader.isAlive()) {
            setup.stderr().close();
        }
    }

    private @Nullable Integer awaitExitCode() {
        try {
            process.onExit().get(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // No exit yet (it closed stdout but runs on): the code stays unknown.
        }
        OptionalInt code = process.exitCode();
        return code.isPresent() ? code.getAsInt() : null;
    }

    // ---------------------------------------------------------------- stop

    private void runStop(Duration grace) {
        long start = System.nanoTime();
        long killAt = start + grace.toNanos();
        long forceAt = killAt + STOP_MARGIN.toNanos();
        long lastKill = start;
        if (grace.isZero()) {
            killSent = true;
            process.signalGroup(Signal.KILL);
        } else {
            process.signalGroup(Signal.TERM);
        }
        while (true) {
            boolean alive = process.isGroupAlive();
            if (!alive && isEnded()) {
                return;
            }
            long now = System.nanoTime();
            if (alive && !killSent && now - killAt >= 0) {
                killSent = true;
                lastKill = now;
                process.signalGroup(Signal.KILL);
            } else if (alive && killSent && now - lastKill >= KILL_REPEAT.toNanos()) {
                lastKill = now;
                process.signalGroup(Signal.KILL); // a member forked while being killed, or left the group
            }
            if (now - forceAt >= 0) {
                forceEnd();
                if (alive) {
                    process.signalGroup(Signal.KILL);
                }
                return;
            }
            try {
                ended.await(STOP_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                forceEnd();
                return;
            }
        }
    }

    /**
     * Ends the stream with {@code killed} although the pipes are still open (a process outside the group holds
     * them).
     */
    private void forceEnd() {
        if (isEnded()) {
            return;
        }
        synchronized (emitLock) {
            OptionalInt code = process.exitCode();
            emit(normaliser.stopped(Objects.requireNonNullElse(stopReason(), StopMode.IMMEDIATE.wire()),
                    code.isPresent() ? code.getAsInt() : null));
        }
    }

    private @Nullable String stopReason() {
        synchronized (stopLock) {
            return stopReason;
        }
    }

    // ---------------------------------------------------------------- internals

    /** Puts normalised events on the queue; called with {@link #emitLock} held so readers keep their order. */
    private void emit(List<AgentEvent> events) {
        for (AgentEvent event : events) {
            queue.put(event); // false once closed: the consumer is gone, the event is discarded
            if (event.isTerminal()) {
                ended.countDown();
            }
        }
    }

    private Thread newThread(Runnable task) {
        Thread thread = setup.threads().newThread(task);
        threads.add(thread);
        return thread;
    }

    private static List<AgentEvent> safe(java.util.function.Supplier<List<AgentEvent>> call) {
        try {
            List<AgentEvent> events = call.get();
            return events == null ? List.of() : events;
        } catch (RuntimeException e) {
            return List.of(); // a parser bug loses its own events, never the session
        }
    }

    @Override
    public String toString() {
        return "ProcessAgentSession[" + setup.key().sessionId() + ", " + process + "]";
    }
}
