package dev.donmai.runtime.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderHealth;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final ProviderHealth DEGRADED = new ProviderHealth.Degraded("slow", null);
    private static final ProviderHealth UNHEALTHY = new ProviderHealth.Unhealthy("down");

    private final Rotation rotation = new Rotation();

    @Test
    void startsInRotation() {
        assertThat(rotation.inRotation()).isTrue();
    }

    @Test
    void unhealthyLeavesAtOnce() {
        assertThat(rotation.record(UNHEALTHY)).isTrue();
        assertThat(rotation.inRotation()).isFalse();
    }

    @Test
    void degradedLeavesOnTheSecondConsecutivePoll() {
        assertThat(rotation.record(DEGRADED)).isFalse();
        assertThat(rotation.inRotation()).isTrue();
        assertThat(rotation.record(DEGRADED)).isTrue();
        assertThat(rotation.inRotation()).isFalse();
    }

    @Test
    void readyBetweenDegradedPollsRestartsTheCount() {
        rotation.record(DEGRADED);
        rotation.record(ProviderHealth.READY);
        rotation.record(DEGRADED);

        assertThat(rotation.inRotation()).isTrue();
    }

    @Test
    void onlyReadyReturnsToRotation() {
        rotation.record(UNHEALTHY);
        rotation.record(DEGRADED);
        assertThat(rotation.inRotation()).isFalse();

        assertThat(rotation.record(ProviderHealth.READY)).isTrue();
        assertThat(rotation.inRotation()).isTrue();
    }

    @Test
    void resetForgetsHistory() {
        rotation.record(DEGRADED);
        rotation.record(UNHEALTHY);
        rotation.reset();

        assertThat(rotation.inRotation()).isTrue();
        rotation.record(DEGRADED);
        assertThat(rotation.inRotation()).isTrue();
    }
}
