package dev.donmai.runtime.internal.daemon.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class ProcessGroupTerminatorTest {

    private final ProcessTerminator terminator = ProcessTerminator.processGroups();

    @TempDir
    Path dir;

    @Test
    void theRecordedHarnessGroupIsStoppedWithSigkillAfterTheGrace() {
        try (HarnessGroup harness = HarnessGroup.start(dir)) {
            Duration grace = Duration.ofMillis(300);
            long began = System.nanoTime();
            assertThat(terminator.terminate(harness.pid(), harness.start(), grace))
                    .isEqualTo(ProcessTerminator.Outcome.STOPPED);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("TERM was ignored until KILL")
                    .isGreaterThanOrEqualTo(grace);
            assertThat(harness.anyRunning()).isFalse();
        }
    }

    @Test
    void aPidHeldByAProcessStartedAtAnotherInstantIsLeftAlone() {
        try (HarnessGroup harness = HarnessGroup.start(dir)) {
            for (Instant other : List.of(harness.start().minusSeconds(3600), harness.start().plusMillis(10))) {
                assertThat(terminator.terminate(harness.pid(), other, Duration.ZERO))
                        .isEqualTo(ProcessTerminator.Outcome.PID_REUSED);
            }
            assertThat(harness.allRunning()).isTrue();
        }
    }

    @Test
    void aStartInstantReadAFewMillisecondsApartIsTheSameProcess() {
        Instant t = Instant.parse("2026-11-20T10:00:00.120Z");
        assertThat(ProcessGroupTerminator.sameStart(t, t.plusMillis(9))).isTrue();
        assertThat(ProcessGroupTerminator.sameStart(t, t.minusMillis(9))).isTrue();
        assertThat(ProcessGroupTerminator.sameStart(t, t.plusMillis(10))).isFalse();
    }

    @Test
    void aPidNoLongerRunningNeedsNothing() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        assertThat(terminator.terminate(done.pid(), Instant.now(), Duration.ZERO))
                .isEqualTo(ProcessTerminator.Outcome.NOT_RUNNING);
    }
}
