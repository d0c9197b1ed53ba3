package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProtocolTimingsTest {

    @Test
    void defaultsAreTheValuesOfTheProtocol() {
        ProtocolTimings t = ProtocolTimings.defaults();
        assertThat(t.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.pollTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.registerRetryMax()).isEqualTo(Duration.ofSeconds(60));
        assertThat(t.reregisterThrottle()).isEqualTo(Duration.ofSeconds(60));
        assertThat(t.ladderReuse()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.proactiveRefreshMax()).isEqualTo(Duration.ofMinutes(5));
        assertThat(t.lockRefreshMin()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.lockRefreshMax()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.outboxBackoffCap()).isEqualTo(Duration.ofSeconds(300));
        assertThat(t.outboxBacklog()).isEqualTo(Duration.ofMinutes(10));
        assertThat(t.drainFlush()).isEqualTo(Duration.ofSeconds(10));
        assertThat(t.deliveredKept()).isEqualTo(Duration.ofDays(7));
        assertThat(t.rejectedKept()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void scalingDividesEveryDurationButNeverReachesZero() {
        ProtocolTimings t = ProtocolTimings.defaults().scaled(20);
        assertThat(t.reregisterThrottle()).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.outboxBackoffCap()).isEqualTo(Duration.ofSeconds(15));
        assertThat(ProtocolTimings.defaults().scaled(1_000_000).outboxTick()).isEqualTo(Duration.ofMillis(1));
        assertThatThrownBy(() -> ProtocolTimings.defaults().scaled(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
