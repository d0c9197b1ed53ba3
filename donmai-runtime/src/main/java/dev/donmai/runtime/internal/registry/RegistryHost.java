package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderLookup;
import dev.donmai.contracts.provider.ProviderRef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** The {@link ProviderHost} one provider receives at activation. */
record RegistryHost(
        ProviderRef self,
        Clock clock,
        System.Logger logger,
        Path dataDir,
        ScheduledExecutorService scheduler,
        ThreadFactory threadFactory,
        ProviderLookup providers,
        HookEvents events) implements ProviderHost {

    @Override
    public void publish(ProviderHookEvent.FamilyEvent event) {
        events.published(event);
    }
}
