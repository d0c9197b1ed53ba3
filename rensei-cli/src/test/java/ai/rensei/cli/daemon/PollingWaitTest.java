package ai.rensei.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollingWaitTest {

    /** A clock that moves only when the wait sleeps. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2026-06-02T14:00:00Z");

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void succeedsOnceTheDaemonStopsAnswering() {
        SteppedClock clock = new SteppedClock();
        AtomicInteger probes = new AtomicInteger();

        boolean stopped = new PollingWait(clock, clock::advance).await(() -> probes.incrementAndGet() >= 4, PollingWait.STOP_LIMIT);

        assertThat(stopped).isTrue();
        assertThat(probes).hasValue(4);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-06-02T14:00:00.750Z"));
    }

    @Test
    void givesUpAfterFifteenSecondsOfAnswers() {
        SteppedClock clock = new SteppedClock();
        AtomicInteger probes = new AtomicInteger();

        boolean stopped = new PollingWait(clock, clock::advance).await(() -> probes.incrementAndGet() < 0, PollingWait.STOP_LIMIT);

        assertThat(stopped).isFalse();
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-06-02T14:00:15Z"));
        assertThat(probes).hasValue(61);
    }
}
