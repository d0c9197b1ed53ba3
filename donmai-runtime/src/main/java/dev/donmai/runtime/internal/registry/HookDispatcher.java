package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.runtime.spi.ProviderHookListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fans each hook event out to every registered listener; a throwing listener is logged and skipped. */
final class HookDispatcher implements ProviderHookListener {

    private static final System.Logger LOG = System.getLogger(HookDispatcher.class.getName());

    private final List<ProviderHookListener> listeners = new CopyOnWriteArrayList<>();

    void add(ProviderHookListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onEvent(ProviderHookEvent event) {
        for (ProviderHookListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, () -> "hook listener " + listener.getClass().getName()
                        + " failed on " + event.kind() + " " + event.eventId() + ": " + e.getClass().getSimpleName());
            }
        }
    }
}
