package dev.donmai.runtime.spi.process;

import dev.donmai.contracts.provider.Nullable;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A process that leads its own process group (sessions.md §6), either started by {@link ProcessLauncher} or
 * re-attached after a daemon restart ({@link #attach}). Signals go to the whole group ({@code kill -s SIG --
 * -<pgid>}); the descendants seen so far are signalled too, which reaches a process that left the group and, for a
 * group-less start ({@link GroupMode#NONE}), is the only way to reach the children at all.
 *
 * <p>Thread-safe. A group whose last member has exited can in principle get its id reused by an unrelated new group,
 * so every signal first checks that the group still has a live member.
 */
public final class GroupProcess {

    /** How long {@link #stop} waits for the group to vanish after SIGKILL. */
    public static final Duration KILL_WAIT = Duration.ofSeconds(5);
    /** The pause between two checks while waiting for a group to vanish. */
    static final Duration POLL = Duration.ofMillis(20);

    private final ProcessHandle handle;
    private final long pgid;
    private final Instant startedAt;
    private final @Nullable Process child;
    private final Set<ProcessHandle> knownDescendants = ConcurrentHashMap.newKeySet();

    GroupProcess(ProcessHandle handle, long pgid, Instant startedAt, @Nullable Process child) {
        this.handle = Objects.requireNonNull(handle, "handle");
        this.pgid = pgid;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.child = child;
    }

    /**
     * Re-attaches to a process group recorded earlier (crash recovery, sessions.md §15): present iff a process with
     * {@code pid} is alive and started at {@code recordedStart} (a different start instant means the pid was reused
     * and the process is left alone). The process is taken to lead its group (pid = pgid), as every
     * {@link ProcessLauncher} start with a group helper does.
     */
    public static Optional<GroupProcess> attach(long pid, Instant recordedStart) {
        Objects.requireNonNull(recordedStart, "recordedStart");
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().startInstant().map(recordedStart::equals).orElse(false))
                .map(h -> new GroupProcess(h, pid, recordedStart, null));
    }

    /** The process id of the group leader (the command itself). */
    public long pid() {
        return handle.pid();
    }

    /** The process group id; empty when the process was started without a group ({@link GroupMode#NONE}). */
    public OptionalLong pgid() {
        return pgid > 0 ? OptionalLong.of(pgid) : OptionalLong.empty();
    }

    /** The leader's handle; with {@link #startedAt()} it identifies the process across daemon restarts (D16). */
    public ProcessHandle handle() {
        return handle;
    }

    /** When the leader started, as the OS reports it (else when it was launched). */
    public Instant startedAt() {
        return startedAt;
    }

    /** The leader's stdout; an empty stream for an {@link #attach attached} process. */
    public InputStream stdout() {
        return child == null ? InputStream.nullInputStream() : child.getInputStream();
    }

    /** The leader's stderr; an empty stream for an {@link #attach attached} process. */
    public InputStream stderr() {
        return child == null ? InputStream.nullInputStream() : child.getErrorStream();
    }

    /** True while the leader runs (a zombie does not run). */
    public boolean isAlive() {
        return GroupSignals.running(handle);
    }

    /** Completes when the leader has exited. */
    public CompletableFuture<ProcessHandle> onExit() {
        return child != null ? child.onExit().thenApply(Process::toHandle) : handle.onExit();
    }

    /**
     * The leader's exit code once it exited; a death by signal N reads as 128 + N. Empty while it runs and for an
     * attached process (which is not the JVM's child).
     */
    public OptionalInt exitCode() {
        if (child == null || child.isAlive()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(child.exitValue());
    }

    /**
     * Sends {@code signal} to the group and to every descendant seen so far (the current descendants are recorded
     * first, since a killed parent's children are re-parented and stop being its descendants).
     *
     * @return true when at least one process was signalled
     */
    public boolean signalGroup(Signal signal) {
        Objects.requireNonNull(signal, "signal");
        handle.descendants().forEach(knownDescendants::add);
        boolean sent = false;
        if (pgid > 0 && GroupSignals.groupAlive(pgid)) {
            sent = GroupSignals.signalGroup(pgid, signal);
        }
        for (ProcessHandle process : candidates()) {
            if (GroupSignals.running(process)) {
                sent |= signal == Signal.KILL ? process.destroyForcibly() : process.destroy();
            }
        }
        return sent;
    }

    /** True while the leader, any member of its group, or any descendant seen so far is alive (zombies excluded). */
    public boolean isGroupAlive() {
        if (GroupSignals.running(handle)) {
            return true;
        }
        if (pgid > 0 && GroupSignals.groupAlive(pgid)) {
            return true;
        }
        handle.descendants().forEach(knownDescendants::add);
        return knownDescendants.stream().anyMatch(GroupSignals::running);
    }

    /**
     * True while {@code process} runs: alive for the JDK and not a zombie. The JDK counts an exited process as alive
     * until its parent reaps it, which for an orphan is init's job, and some container inits reap late or never.
     */
    public static boolean isRunning(ProcessHandle process) {
        return GroupSignals.running(process);
    }

    /**
     * Stops the group and waits: SIGTERM, then SIGKILL once {@code grace} has passed with a member still alive, then
     * up to {@link #KILL_WAIT} for the group to vanish. Blocking; for callers with a thread to spare (crash
     * recovery). A zero grace sends SIGKILL at once.
     *
     * @return true when the group is gone
     */
    public boolean stop(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (!grace.isZero() && !grace.isNegative()) {
            signalGroup(Signal.TERM);
            if (awaitGroupGone(grace)) {
                return true;
            }
        }
        signalGroup(Signal.KILL);
        return awaitGroupGone(KILL_WAIT);
    }

    /**
     * Waits up to {@code timeout} for {@link #isGroupAlive()} to turn false.
     *
     * @return true when the group is gone
     */
    public boolean awaitGroupGone(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isGroupAlive()) {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return true;
    }

    private List<ProcessHandle> candidates() {
        List<ProcessHandle> all = new java.util.ArrayList<>(knownDescendants);
        all.add(handle);
        return all;
    }

    @Override
    public String toString() {
        return "GroupProcess[pid=" + pid() + ", pgid=" + (pgid > 0 ? Long.toString(pgid) : "none") + "]";
    }
}
