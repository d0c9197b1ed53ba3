package ai.rensei.cli.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UptimeTest {

    @Test
    void showsTheTwoLargestNonZeroUnits() {
        assertThat(Uptime.ofSeconds(15780)).isEqualTo("4h23m");
        assertThat(Uptime.ofSeconds(303)).isEqualTo("5m3s");
        assertThat(Uptime.ofSeconds(42)).isEqualTo("42s");
        assertThat(Uptime.ofSeconds(0)).isEqualTo("0s");
    }

    @Test
    void skipsZeroUnitsAndDropsTheThird() {
        assertThat(Uptime.ofSeconds(3600)).isEqualTo("1h");
        assertThat(Uptime.ofSeconds(3605)).isEqualTo("1h5s");
        assertThat(Uptime.ofSeconds(3 * 3600 + 7 * 60 + 59)).isEqualTo("3h7m");
        assertThat(Uptime.ofSeconds(50 * 3600 + 60)).isEqualTo("50h1m");
    }

    @Test
    void negativeDurationsReadZero() {
        assertThat(Uptime.format(Duration.ofSeconds(-5))).isEqualTo("0s");
    }
}
