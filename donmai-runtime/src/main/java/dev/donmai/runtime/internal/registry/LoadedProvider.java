package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One created provider instance and its runtime state: whether it is active and whether it is in rotation.
 * {@code order} is its position in discovery and configuration order, the last tie-breaker of resolution.
 * Lifecycle transitions hold {@link #lifecycleLock()}; the state getters synchronise only briefly, so a health poll
 * never waits for a slow activation.
 */
final class LoadedProvider {

    private final ProviderRef ref;
    private final Provider<?> provider;
    private final ProviderScope scope;
    private final int order;
    private final Rotation rotation = new Rotation();
    private final ReentrantLock lifecycleLock = new ReentrantLock();
    private boolean active;

    LoadedProvider(Provider<?> provider, ProviderScope scope, int order) {
        this.ref = ProviderRef.of(provider.manifest(), scope.level());
        this.provider = provider;
        this.scope = scope;
        this.order = order;
    }

    ProviderRef ref() {
        return ref;
    }

    Provider<?> provider() {
        return provider;
    }

    /** The scope read once at load, so resolution never depends on a provider answering differently later. */
    ProviderScope scope() {
        return scope;
    }

    int order() {
        return order;
    }

    /** Held across activate and deactivate, so each provider changes state one transition at a time. */
    ReentrantLock lifecycleLock() {
        return lifecycleLock;
    }

    synchronized boolean isActive() {
        return active;
    }

    synchronized void markActive(boolean value) {
        active = value;
        if (!value) {
            rotation.reset();
        }
    }

    synchronized boolean inRotation() {
        return rotation.inRotation();
    }

    /** Applies a health poll; true when it moved the provider into or out of rotation. */
    synchronized boolean recordHealth(ProviderHealth health) {
        return active && rotation.record(health);
    }
}
