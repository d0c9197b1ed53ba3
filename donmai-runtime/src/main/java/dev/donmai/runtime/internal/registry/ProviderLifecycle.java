package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderRef;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Activates and deactivates one provider at a time with its hooks (contracts.md §2): both are idempotent, a failed
 * activation leaves the provider inactive, and a provider whose observed capabilities fall below its declared ones
 * is deactivated again and refused.
 */
final class ProviderLifecycle {

    private static final System.Logger LOG = System.getLogger(ProviderLifecycle.class.getName());

    private final HookEvents events;
    private final HostFactory hosts;
    private final Duration timeout;

    ProviderLifecycle(HookEvents events, HostFactory hosts, Duration timeout) {
        this.events = events;
        this.hosts = hosts;
        this.timeout = timeout;
    }

    Provider<?> activate(LoadedProvider loaded) {
        loaded.lifecycleLock().lock();
        try {
            if (loaded.isActive()) {
                return loaded.provider();
            }
            ProviderRef ref = loaded.ref();
            Provider<?> provider = loaded.provider();
            events.preActivate(ref);
            long started = System.nanoTime();
            try {
                provider.activate(hosts.hostFor(ref, provider.manifest()), timeout);
            } catch (IOException | RuntimeException | LinkageError e) {
                // Only the exception's kind is logged: a provider's own message may carry anything.
                LOG.log(System.Logger.Level.WARNING, () -> "activation of " + ref + " failed: " + e.getClass().getName());
                throw new ProviderException.ActivationFailed(ref, e);
            }
            List<String> below = belowDeclared(loaded);
            if (!below.isEmpty()) {
                events.capabilityMismatch(ref, below);
                LOG.log(System.Logger.Level.WARNING, () -> ref + " observes capabilities below declared: " + below);
                stop(loaded, "capability-mismatch");
                throw new ProviderException.CapabilityMismatch(ref, below);
            }
            loaded.markActive(true);
            events.postActivate(ref, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return provider;
        } finally {
            loaded.lifecycleLock().unlock();
        }
    }

    void deactivate(LoadedProvider loaded, String reason) {
        loaded.lifecycleLock().lock();
        try {
            if (loaded.isActive()) {
                stop(loaded, reason);
            }
        } finally {
            loaded.lifecycleLock().unlock();
        }
    }

    private List<String> belowDeclared(LoadedProvider loaded) {
        Provider<?> provider = loaded.provider();
        try {
            return CapabilityComparison.belowDeclared(provider.capabilities(), provider.observedCapabilities());
        } catch (RuntimeException e) {
            stop(loaded, "capability-check-failed");
            throw new ProviderException.ActivationFailed(loaded.ref(), e);
        }
    }

    /** Deactivates without looking at the active flag: also used to undo an activation that is being refused. */
    private void stop(LoadedProvider loaded, String reason) {
        ProviderRef ref = loaded.ref();
        events.preDeactivate(ref, reason);
        try {
            loaded.provider().deactivate(timeout);
        } catch (RuntimeException e) {
            // The contract says deactivate does not throw on a repeat; a first throw still ends the provider's turn.
            LOG.log(System.Logger.Level.WARNING, () -> "deactivation of " + ref + " failed: " + e.getClass().getName());
        }
        loaded.markActive(false);
        events.postDeactivate(ref);
    }
}
