package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderLookup;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/** Builds the {@link RegistryHost} each provider receives at activation, creating its private data directory. */
final class HostFactory {

    private final Clock clock;
    private final DataDirectories dataDirectories;
    private final ScheduledExecutorService sharedScheduler;
    private final ProviderLookup lookup;
    private final HookEvents events;

    HostFactory(Clock clock, DataDirectories dataDirectories, ScheduledExecutorService sharedScheduler,
            ProviderLookup lookup, HookEvents events) {
        this.clock = clock;
        this.dataDirectories = dataDirectories;
        this.sharedScheduler = sharedScheduler;
        this.lookup = lookup;
        this.events = events;
    }

    RegistryHost hostFor(ProviderRef ref, ProviderManifest<?> manifest) throws IOException {
        String name = ref.family().wire() + "." + ref.id();
        String loggerName = manifest.logScope() != null ? manifest.logScope() : "dev.donmai.provider." + name;
        return new RegistryHost(ref, clock, System.getLogger(loggerName), dataDirectories.create(ref),
                sharedScheduler, new NamedThreadFactory("donmai-" + ref.family().wire() + "-" + ref.id()), lookup,
                events);
    }
}
