package dev.donmai.contracts.workarea;

import java.time.Duration;

/**
 * Facet of a {@link WorkareaProvider} with {@code supportsSnapshot}: captures a workarea as an opaque,
 * non-portable {@link WorkareaSnapshotRef}. A later acquire with {@link WorkareaSpec#fromSnapshot()} set restores
 * it and keeps its {@link Workarea#cursor() cursor}.
 */
public interface WorkareaSnapshotter {

    /** Captures the current state of {@code workarea}. */
    WorkareaSnapshotRef snapshot(Workarea workarea, Duration timeout);

    /** Deletes a snapshot; idempotent (an unknown snapshot is not an error). */
    void delete(WorkareaSnapshotRef snapshot, Duration timeout);
}
