package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import java.time.Instant;

/**
 * An opaque reference to a workarea snapshot. It is meaningful only to the provider that took it
 * ({@code providerId}) and is not portable between providers or machines.
 */
public record WorkareaSnapshotRef(String providerId, String snapshotId, Instant capturedAt) {

    public WorkareaSnapshotRef {
        Ids.requireProviderId(providerId, "providerId");
        Ids.requireId(snapshotId, "snapshotId");
        FieldChecks.require(capturedAt, "capturedAt");
    }
}
