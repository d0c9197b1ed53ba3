package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.runtime.spi.process.GroupProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link ProcessTerminator} over {@link GroupProcess}: the harness was started with a group helper, so its pid is
 * its group id. The process is the recorded harness only when its start instant matches the recorded one within
 * {@link #START_TOLERANCE}: Linux counts process start in clock ticks (10 ms at the usual 100 Hz), and the JDK turns
 * ticks and boot time into an instant, so the same process can read a few milliseconds apart in two JVMs while a
 * reused pid belongs to a process started at least one tick later.
 */
final class ProcessGroupTerminator implements ProcessTerminator {

    /** Two start instants closer than this name the same process. */
    static final Duration START_TOLERANCE = Duration.ofMillis(10);

    @Override
    public Outcome terminate(long pid, Instant recordedStart, Duration grace) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(GroupProcess::isRunning);
        if (process.isEmpty()) {
            return Outcome.NOT_RUNNING;
        }
        Optional<Instant> actualStart = process.get().info().startInstant();
        if (actualStart.isEmpty() || !sameStart(actualStart.get(), recordedStart)) {
            return Outcome.PID_REUSED;
        }
        Optional<GroupProcess> group = GroupProcess.attach(pid, actualStart.get());
        if (group.isEmpty()) {
            return Outcome.NOT_RUNNING;
        }
        return group.get().stop(grace) ? Outcome.STOPPED : Outcome.STILL_RUNNING;
    }

    static boolean sameStart(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(START_TOLERANCE) < 0;
    }
}
