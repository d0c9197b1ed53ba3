package ai.rensei.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.providers.tck.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The wait polls on the injected clock and sleeper: it neither sleeps for real nor depends on timing. */
class PollingWaitTest {

    @Test
    void succeedsOnceTheDaemonStopsAnswering() {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-02T14:00:00Z"));
        AtomicInteger probes = new AtomicInteger();

        boolean stopped = new PollingWait(clock, millis -> clock.advance(Duration.ofMillis(millis))).await(() -> probes.incrementAndGet() >= 4, PollingWait.STOP_LIMIT);

        assertThat(stopped).isTrue();
        assertThat(probes).hasValue(4);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-06-02T14:00:00.750Z"));
    }

    @Test
    void givesUpAfterFifteenSecondsOfAnswers() {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-02T14:00:00Z"));
        AtomicInteger probes = new AtomicInteger();

        boolean stopped = new PollingWait(clock, millis -> clock.advance(Duration.ofMillis(millis))).await(() -> probes.incrementAndGet() < 0, PollingWait.STOP_LIMIT);

        assertThat(stopped).isFalse();
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-06-02T14:00:15Z"));
        assertThat(probes).hasValue(61);
    }
}
