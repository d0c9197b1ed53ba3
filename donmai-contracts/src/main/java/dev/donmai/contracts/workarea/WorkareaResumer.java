package dev.donmai.contracts.workarea;

import java.time.Duration;

/** Facet of a {@link WorkareaProvider} with {@code supportsResume}: brings a paused workarea back. */
public interface WorkareaResumer {

    /**
     * Resumes a workarea that was released with {@link ReleaseMode.Pause} and applied as {@code Pause}. The result
     * keeps the paused workarea's {@link Workarea#cursor() cursor} (same stream, same position); the provider
     * publishes a {@code workarea-resumed} family event.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.OperationFailed code {@code not-paused} when the
     *         workarea is not (or no longer) paused
     */
    Workarea resume(Workarea paused, Duration timeout);
}
