package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderHealth;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Polls every active provider's health at a fixed delay and moves it into or out of rotation ({@link Rotation}).
 * A poll that throws or returns nothing counts as unhealthy. Polls run one after another on the monitor's own thread, so a provider
 * task on the shared scheduler can never starve them; each poll is bounded by the interval.
 */
final class HealthMonitor {

    private static final System.Logger LOG = System.getLogger(HealthMonitor.class.getName());

    private final Supplier<List<LoadedProvider>> loaded;
    private final Duration interval;

    HealthMonitor(Supplier<List<LoadedProvider>> loaded, Duration interval) {
        this.loaded = loaded;
        this.interval = interval;
    }

    void start(ScheduledExecutorService executor) {
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::pollOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One round over the active providers. */
    void pollOnce() {
        for (LoadedProvider provider : loaded.get()) {
            if (provider.isActive()) {
                ProviderHealth health = poll(provider);
                if (provider.recordHealth(health)) {
                    LOG.log(System.Logger.Level.INFO, () -> provider.ref()
                            + (provider.inRotation() ? " returns to rotation" : " leaves rotation: " + describe(health)));
                }
            }
        }
    }

    private ProviderHealth poll(LoadedProvider provider) {
        try {
            ProviderHealth health = provider.provider().health(interval);
            return health != null ? health : new ProviderHealth.Unhealthy("health check returned nothing");
        } catch (RuntimeException e) {
            return new ProviderHealth.Unhealthy("health check threw " + e.getClass().getName());
        }
    }

    private static String describe(ProviderHealth health) {
        if (health instanceof ProviderHealth.Unhealthy unhealthy) {
            return "unhealthy (" + unhealthy.reason() + ")";
        }
        if (health instanceof ProviderHealth.Degraded degraded) {
            return "degraded (" + degraded.reason() + ")";
        }
        return "ready";
    }
}
