package dev.donmai.runtime.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.runtime.api.ProtocolTimings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

    private final OutboxDispatcher dispatcher = new OutboxDispatcher(null, null, null, ProtocolTimings.defaults(),
            Clock.systemUTC());

    @AfterEach
    void tearDown() {
        dispatcher.close();
    }

    @Test
    void retriesAfterOneTwoFourThenFiveSecondsDoublingToTheCapWithTwentyPercentJitter() {
        long[] expected = {1, 2, 4, 5, 10, 20, 40, 80, 160, 300, 300};
        for (int tries = 1; tries <= expected.length; tries++) {
            long base = expected[tries - 1] * 1000;
            assertThat(dispatcher.delay(tries, Optional.empty()).toMillis())
                    .isBetween((long) (base * 0.8), (long) (base * 1.2));
        }
    }

    @Test
    void retryAfterIsHonouredUpToTheCap() {
        assertThat(dispatcher.delay(1, Optional.of(Duration.ofSeconds(42)))).isEqualTo(Duration.ofSeconds(42));
        assertThat(dispatcher.delay(1, Optional.of(Duration.ofSeconds(9000)))).isEqualTo(Duration.ofSeconds(300));
    }
}
