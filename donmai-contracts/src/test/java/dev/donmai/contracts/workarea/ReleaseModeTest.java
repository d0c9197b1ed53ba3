package dev.donmai.contracts.workarea;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertMissing;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseModeTest {

    private static final List<ReleaseMode> ALL = List.of(ReleaseMode.DESTROY, ReleaseMode.RETURN_TO_POOL,
            ReleaseMode.PAUSE, new ReleaseMode.Archive("nightly"));

    @Test
    void wireNames() {
        assertThat(ALL.stream().map(ReleaseMode::wire)).containsExactly("destroy", "return-to-pool", "pause",
                "archive");
        assertThat(ReleaseMode.class.getPermittedSubclasses()).hasSize(4);
    }

    @Test
    void fromWireRoundTripsAndKeepsTheArchiveLabel() {
        for (ReleaseMode mode : ALL) {
            String label = mode instanceof ReleaseMode.Archive a ? a.label() : null;
            assertThat(ReleaseMode.fromWire(mode.wire(), label)).isEqualTo(mode);
        }
        assertThat(ReleaseMode.fromWire("archive", null)).isEqualTo(new ReleaseMode.Archive());
        assertViolation(() -> ReleaseMode.fromWire("returnToPool", null),
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, "ReleaseMode");
        assertViolation(() -> ReleaseMode.fromWire(null, null),
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, "ReleaseMode");
    }

    @Test
    void sameModeComparesWireNamesSoArchiveLabelsDoNotConflict() {
        assertThat(new ReleaseMode.Archive("a").sameModeAs(new ReleaseMode.Archive("b"))).isTrue();
        assertThat(new ReleaseMode.Archive("a")).isNotEqualTo(new ReleaseMode.Archive("b"));
        assertThat(ReleaseMode.PAUSE.sameModeAs(ReleaseMode.RETURN_TO_POOL)).isFalse();
        assertThat(ReleaseMode.DESTROY.sameModeAs(null)).isFalse();
        assertThat(new ReleaseMode.Destroy()).isEqualTo(ReleaseMode.DESTROY);
    }

    @Test
    void archiveLabelIsPathSafe() {
        assertInvalid(() -> new ReleaseMode.Archive("../etc"), "label");
        assertInvalid(() -> new ReleaseMode.Archive("a b"), "label");
        assertThat(new ReleaseMode.Archive().labelIfAny()).isEmpty();
    }

    @Test
    void outcomeNeedsAWarningWhenTheProviderAppliedAnotherMode() {
        ReleaseOutcome degraded = new ReleaseOutcome(ReleaseMode.PAUSE, ReleaseMode.RETURN_TO_POOL, "pause-degraded");
        assertThat(degraded.appliedAsRequested()).isFalse();
        assertThat(degraded.warningIfAny()).contains("pause-degraded");
        assertMissing(() -> new ReleaseOutcome(ReleaseMode.PAUSE, ReleaseMode.RETURN_TO_POOL, null), "warning");
        assertInvalid(() -> new ReleaseOutcome(ReleaseMode.PAUSE, ReleaseMode.PAUSE, " "), "warning");

        ReleaseOutcome exact = ReleaseOutcome.asRequested(ReleaseMode.DESTROY);
        assertThat(exact.appliedAsRequested()).isTrue();
        assertThat(exact.warningIfAny()).isEmpty();
        assertThat(new ReleaseOutcome(new ReleaseMode.Archive("x"), new ReleaseMode.Archive(), null)
                .appliedAsRequested()).isTrue();
    }

    @Test
    void releaseConflictCarriesWireNames() {
        var conflict = new ProviderException.ReleaseConflict("wa-1", ReleaseMode.DESTROY.wire(),
                ReleaseMode.RETURN_TO_POOL.wire());
        assertThat(conflict.getMessage()).contains("destroy").contains("return-to-pool");
    }
}
