package dev.donmai.runtime.spi.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StubOptionsTest {

    @Test
    void defaults() {
        assertThat(StubOptions.validate(null)).isEqualTo(StubOptions.DEFAULTS);
        assertThat(StubOptions.validate(Map.of())).isEqualTo(StubOptions.DEFAULTS);
        assertThat(StubOptions.DEFAULTS.behaviour().wire()).isEqualTo("succeed-with-commit");
    }

    @Test
    void readsEveryOption() {
        StubOptions options = StubOptions.validate(Map.of("behaviour", "slow-output", "count", 3, "intervalMs", 250,
                "ignoreTerm", true, "somethingElse", "ignored"));
        assertThat(options).isEqualTo(new StubOptions(StubBehaviour.SLOW_OUTPUT, 3, 250, true));
        assertThat(options.toJson())
                .isEqualTo("{\"behaviour\":\"slow-output\",\"count\":3,\"intervalMs\":250,\"ignoreTerm\":true}");
    }

    @Test
    void anUnknownBehaviourIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> StubOptions.validate(Map.of("behaviour", "explode-secretly")))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
                    assertThat(e.field()).isEqualTo("harnessOptions.behaviour");
                    assertThat(e.getMessage()).doesNotContain("explode-secretly");
                });
        assertThatThrownBy(() -> StubOptions.validate(Map.of("behaviour", 3)))
                .hasMessageContaining("harnessOptions.behaviour");
    }

    @Test
    void badNumbersAndFlagsAreRefused() {
        assertThatThrownBy(() -> StubOptions.validate(Map.of("count", -1)))
                .hasMessageContaining("harnessOptions.count");
        assertThat(StubOptions.validate(Map.of("count", 0)).count()).isZero();
        assertThatThrownBy(() -> StubOptions.validate(Map.of("count", 1.5))).hasMessageContaining("count");
        assertThatThrownBy(() -> StubOptions.validate(Map.of("intervalMs", -1))).hasMessageContaining("intervalMs");
        assertThatThrownBy(() -> StubOptions.validate(Map.of("ignoreTerm", "yes"))).hasMessageContaining("ignoreTerm");
    }

    @Test
    void envNames() {
        assertThat(HarnessEnv.options("DONMAI", "stub")).isEqualTo("DONMAI_STUB_OPTIONS");
        assertThat(HarnessEnv.promptFile("DONMAI")).isEqualTo("DONMAI_PROMPT_FILE");
        assertThat(HarnessEnv.brand("DONMAI")).isEqualTo("donmai");
        assertThatThrownBy(() -> HarnessEnv.requirePrefix("bad-prefix", "envPrefix"))
                .isInstanceOf(ProviderException.ContractViolation.class);
    }
}
