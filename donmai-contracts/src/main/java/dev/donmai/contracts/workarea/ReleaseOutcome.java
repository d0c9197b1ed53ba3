package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.Optional;

/**
 * What a release did. When the provider applied another mode than requested (e.g. {@code pause} →
 * {@code return-to-pool}, or {@code return-to-pool} → {@code destroy} on a checksum mismatch), {@code warning}
 * says why and is required.
 *
 * @param requested the mode the caller asked for
 * @param applied   the mode the provider applied
 * @param warning   a short code such as {@code pause-degraded}, present when something did not go as asked
 */
public record ReleaseOutcome(ReleaseMode requested, ReleaseMode applied, @Nullable String warning) {

    public ReleaseOutcome {
        FieldChecks.require(requested, "requested");
        FieldChecks.require(applied, "applied");
        FieldChecks.optionalText(warning, "warning");
        if (!requested.sameModeAs(applied) && warning == null) {
            throw FieldChecks.missing("warning");
        }
    }

    /** The outcome of a release applied exactly as requested. */
    public static ReleaseOutcome asRequested(ReleaseMode mode) {
        return new ReleaseOutcome(mode, mode, null);
    }

    /** True when the applied mode is the requested one. */
    public boolean appliedAsRequested() {
        return requested.sameModeAs(applied);
    }

    /** The warning, if any. */
    public Optional<String> warningIfAny() {
        return Optional.ofNullable(warning);
    }
}
