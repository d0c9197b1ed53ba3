package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.runtime.spi.ProviderHookListener;

/**
 * Writes every hook event to the {@code dev.donmai.runtime.hooks} {@link System.Logger} at {@code DEBUG}: its kind,
 * provider and id. Payloads are not logged, so nothing a provider put in an event reaches the log.
 */
public final class LoggingHookListener implements ProviderHookListener {

    private static final System.Logger LOG = System.getLogger("dev.donmai.runtime.hooks");

    @Override
    public void onEvent(ProviderHookEvent event) {
        LOG.log(System.Logger.Level.DEBUG, () -> "hook " + event.kind() + " " + event.provider() + " " + event.eventId());
    }
}
