package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StubOptionsCheckTest {

    @Test
    void acceptsTheSevenBehavioursAndWellTypedOptions() {
        for (String b : StubOptionsCheck.BEHAVIOURS) {
            assertThat(StubOptionsCheck.problem(Map.of("behaviour", b))).isEmpty();
        }
        assertThat(StubOptionsCheck.problem(Map.of())).isEmpty();
        assertThat(StubOptionsCheck.problem(Map.of("count", 4, "intervalMs", 10L, "ignoreTerm", true))).isEmpty();
    }

    @Test
    void refusesOtherValues() {
        assertThat(StubOptionsCheck.problem(Map.of("behaviour", "explode"))).contains("unknown behaviour \"explode\"");
        assertThat(StubOptionsCheck.problem(Map.of("count", -1))).contains("count must be a non-negative integer");
        assertThat(StubOptionsCheck.problem(Map.of("intervalMs", 1.5))).isPresent();
        assertThat(StubOptionsCheck.problem(Map.of("ignoreTerm", "yes"))).contains("ignoreTerm must be a boolean");
    }
}
