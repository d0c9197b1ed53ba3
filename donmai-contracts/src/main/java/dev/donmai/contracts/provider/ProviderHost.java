package dev.donmai.contracts.provider;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** What the host hands a provider at activation. */
public interface ProviderHost {

    /** The provider's own reference. */
    ProviderRef self();

    /** The host's clock; providers never read the system clock directly. */
    Clock clock();

    /** A logger scoped to this provider. */
    System.Logger logger();

    /** A private directory (mode 0700) for the provider's data. */
    Path dataDir();

    /** The host's shared, bounded scheduler. */
    ScheduledExecutorService scheduler();

    /** Creates named threads for the provider. */
    ThreadFactory threadFactory();

    /** Finds other active providers. */
    ProviderLookup providers();

    /** Publishes a family event to the host's hook listeners. */
    void publish(ProviderHookEvent.FamilyEvent event);
}
