package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;

/**
 * A sandbox provider's capacity at one moment.
 *
 * @param provisionedActive  sandboxes provisioned and not paused
 * @param provisionedPaused  sandboxes paused
 * @param maxConcurrent      the ceiling; null = unknown, never read as headroom
 * @param estimatedAvailable how many more could be provisioned now (≤ {@code maxConcurrent} when known)
 * @param warmCacheReady     a warm image or cache is ready, so the next provision is fast
 * @param capturedAt         when the snapshot was taken
 */
public record CapacitySnapshot(
        int provisionedActive,
        int provisionedPaused,
        @Nullable Integer maxConcurrent,
        int estimatedAvailable,
        boolean warmCacheReady,
        Instant capturedAt) {

    public CapacitySnapshot {
        FieldChecks.nonNegative(provisionedActive, "provisionedActive");
        FieldChecks.nonNegative(provisionedPaused, "provisionedPaused");
        if (maxConcurrent != null) {
            FieldChecks.nonNegative(maxConcurrent, "maxConcurrent");
            FieldChecks.check(estimatedAvailable <= maxConcurrent, "estimatedAvailable");
        }
        FieldChecks.nonNegative(estimatedAvailable, "estimatedAvailable");
        FieldChecks.require(capturedAt, "capturedAt");
    }
}
