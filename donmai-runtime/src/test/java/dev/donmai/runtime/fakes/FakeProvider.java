package dev.donmai.runtime.fakes;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A controllable fake provider: counts lifecycle calls, can fail activation, observe less, or report any health. */
public final class FakeProvider implements Provider<FakeCapabilities> {

    private final ProviderManifest<FakeCapabilities> manifest;
    private final ProviderScope scope;
    private volatile ProviderSignature signature;
    private volatile FakeCapabilities observed;
    private volatile RuntimeException activationFailure;
    private volatile ProviderHost host;
    private final AtomicReference<ProviderHealth> health = new AtomicReference<>(ProviderHealth.READY);
    private final AtomicInteger activations = new AtomicInteger();
    private final AtomicInteger deactivations = new AtomicInteger();
    private final AtomicInteger degradedPolls = new AtomicInteger();
    private volatile boolean active;

    public FakeProvider(ProviderManifest<FakeCapabilities> manifest, ProviderScope scope) {
        this.manifest = manifest;
        this.scope = scope;
    }

    @Override
    public ProviderManifest<FakeCapabilities> manifest() {
        return manifest;
    }

    @Override
    public FakeCapabilities observedCapabilities() {
        return observed != null ? observed : capabilities();
    }

    @Override
    public ProviderScope scope() {
        return scope;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.ofNullable(signature);
    }

    @Override
    public void activate(ProviderHost host, Duration timeout) {
        activations.incrementAndGet();
        RuntimeException failure = activationFailure;
        if (failure != null) {
            throw failure;
        }
        this.host = host;
        active = true;
    }

    @Override
    public void deactivate(Duration timeout) {
        deactivations.incrementAndGet();
        active = false;
    }

    @Override
    public ProviderHealth health(Duration timeout) {
        ProviderHealth current = health.get();
        if (current instanceof ProviderHealth.Degraded) {
            degradedPolls.incrementAndGet();
        }
        return current;
    }

    public FakeProvider signedWith(ProviderSignature value) {
        signature = value;
        return this;
    }

    public FakeProvider observing(FakeCapabilities value) {
        observed = value;
        return this;
    }

    public FakeProvider failingActivationWith(RuntimeException value) {
        activationFailure = value;
        return this;
    }

    public void reportHealth(ProviderHealth value) {
        if (value instanceof ProviderHealth.Degraded) {
            degradedPolls.set(0);
        }
        health.set(value);
    }

    public int activations() {
        return activations.get();
    }

    public int deactivations() {
        return deactivations.get();
    }

    /** Polls answered {@code Degraded} since the last {@link #reportHealth} of a degraded value. */
    public int degradedPolls() {
        return degradedPolls.get();
    }

    public boolean active() {
        return active;
    }

    public ProviderHost host() {
        return host;
    }
}
