package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider of the {@code workarea} family: prepares the directory a harness runs in and takes it down again.
 *
 * <p>Every acquire yields a new {@link Workarea#id() id}, root and cursor {@link WorkareaCursor#streamId() streamId}.
 * {@link #release} is idempotent per (workarea id, mode): an equal repeat (same {@link ReleaseMode#wire() wire
 * name}) returns the first {@link ReleaseOutcome}; a different mode after a successful release throws
 * {@link dev.donmai.contracts.provider.ProviderException.ReleaseConflict}. A {@link WorkareaMode#SHARED shared}
 * workarea is refcounted: every acquire of it returns the same path and the last release tears it down.
 * {@code release} may run concurrently with other verbs on the same workarea.
 */
public interface WorkareaProvider extends Provider<WorkareaCapabilities> {

    /**
     * Prepares a workarea for {@code spec}.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported when the spec asks for something the
     *         capabilities rule out (a snapshot without {@code supportsSnapshot}, {@code SHARED} without
     *         {@code supportsSharedMode}, an unsupported toolchain, os or arch)
     */
    Workarea acquire(WorkareaSpec spec, Duration timeout);

    /**
     * Releases {@code workarea} as {@code mode}. The provider may apply another mode than requested (for example
     * {@code Pause} as {@code ReturnToPool}); the outcome then says so with a warning.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.ReleaseConflict when the workarea was already
     *         released with a different mode
     */
    ReleaseOutcome release(Workarea workarea, ReleaseMode mode, Duration timeout);

    /** Resumes paused workareas; present iff {@code capabilities().supportsResume()}. */
    default Optional<WorkareaResumer> resumer() {
        return Optional.empty();
    }

    /** Takes opaque snapshots; present iff {@code capabilities().supportsSnapshot()}. */
    default Optional<WorkareaSnapshotter> snapshotter() {
        return Optional.empty();
    }
}
