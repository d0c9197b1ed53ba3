package dev.donmai.runtime.spi;

import dev.donmai.contracts.provider.ProviderHookEvent;

/**
 * Receives the provider hook events the runtime emits (contracts.md §2.3): lifecycle, scope resolution, trust,
 * capability and family events.
 *
 * <p>Events may arrive on any thread and pre/post pairs may arrive out of order; a listener dedupes on
 * {@link ProviderHookEvent#eventId()}. A listener returns quickly and does not throw: a throw is logged and
 * ignored, so one faulty listener never stops the others or the registry.
 */
@FunctionalInterface
public interface ProviderHookListener {

    /** Called once per emitted event. */
    void onEvent(ProviderHookEvent event);
}
