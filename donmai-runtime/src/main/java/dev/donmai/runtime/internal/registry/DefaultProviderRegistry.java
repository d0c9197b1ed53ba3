package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.api.ProviderDescription;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.RegistryConfig;
import dev.donmai.runtime.api.Resolution;
import dev.donmai.runtime.internal.trust.SignatureVerifier;
import dev.donmai.runtime.internal.trust.TrustPolicy;
import dev.donmai.runtime.spi.ProviderHookListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Predicate;

/** The OSS {@link ProviderRegistry}: wires discovery, loading, resolution, lifecycle and health polling together. */
public final class DefaultProviderRegistry implements ProviderRegistry {

    private enum State { NEW, LOADED, FAILED, CLOSED }

    private final RegistryConfig config;
    private final HookDispatcher hooks = new HookDispatcher();
    private final HookEvents events;
    private final List<ProviderFactory> registered = new ArrayList<>();
    private final ProviderDiscovery discovery;
    private final ScheduledExecutorService sharedScheduler;
    private final ScheduledExecutorService healthExecutor;
    private final HealthMonitor health;
    private final ProviderLifecycle lifecycle;
    private volatile List<LoadedProvider> loaded = List.of();
    private volatile State state = State.NEW;

    public DefaultProviderRegistry(RegistryConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.events = new HookEvents(config.clock(), hooks);
        this.discovery = new ProviderDiscovery(config.classLoader(), config.providerDirectories());
        // Threads start on first use, so an unused registry costs none.
        this.sharedScheduler = new ScheduledThreadPoolExecutor(config.schedulerThreads(),
                new NamedThreadFactory("donmai-provider-scheduler"));
        this.healthExecutor = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("donmai-provider-health"));
        this.health = new HealthMonitor(() -> loaded, config.healthPollInterval());
        HostFactory hosts = new HostFactory(config.clock(), new DataDirectories(config.dataRoot()), sharedScheduler,
                new ActiveProviders(() -> loaded), events);
        this.lifecycle = new ProviderLifecycle(events, hosts, config.lifecycleTimeout());
    }

    @Override
    public void addListener(ProviderHookListener listener) {
        hooks.add(listener);
    }

    @Override
    public synchronized void register(ProviderFactory factory) {
        requireState(State.NEW, "register");
        registered.add(Objects.requireNonNull(factory, "factory"));
    }

    @Override
    public synchronized void load() {
        requireState(State.NEW, "load");
        try {
            List<ProviderFactory> factories = new ArrayList<>(discovery.discover());
            factories.addAll(registered);
            TrustPolicy trust = new TrustPolicy(config.trustMode(), config.signerAllowlist(), new SignatureVerifier());
            loaded = new ProviderLoader(config, trust, events).load(factories);
            state = State.LOADED;
        } catch (RuntimeException e) {
            state = State.FAILED;
            discovery.close();
            throw e;
        }
        health.start(healthExecutor);
    }

    @Override
    public List<ProviderRef> providers() {
        return loaded.stream().map(LoadedProvider::ref).toList();
    }

    @Override
    public List<ProviderDescription> describe() {
        return loaded.stream().map(p -> new ProviderDescription(p.ref(), p.provider().manifest(), p.isActive(),
                p.inRotation())).toList();
    }

    @Override
    public Resolution resolve(ProviderFamily family, String id, ScopeTarget target) {
        return resolveAmong(family, target, p -> p.ref().family() == family && p.ref().id().equals(id),
                "id '" + id + "' at " + target);
    }

    @Override
    public Resolution resolve(ProviderFamily family, ScopeTarget target) {
        return resolveAmong(family, target, p -> p.ref().family() == family, target.toString());
    }

    private Resolution resolveAmong(ProviderFamily family, ScopeTarget target, Predicate<LoadedProvider> considered,
            String description) {
        requireState(State.LOADED, "resolve");
        ScopeRanking.Outcome outcome = ScopeRanking.rank(loaded.stream().filter(considered).toList(), target);
        if (outcome.candidates().isEmpty()) {
            throw new ProviderException.NoProvider(family, description);
        }
        List<ProviderRef> candidates = outcome.candidates().stream().map(LoadedProvider::ref).toList();
        events.scopeResolved(candidates.get(0), outcome.rejected());
        return new Resolution(family, target, candidates, outcome.rejected());
    }

    @Override
    public Provider<?> activate(ProviderRef ref) {
        requireState(State.LOADED, "activate");
        return lifecycle.activate(find(ref));
    }

    @Override
    public void deactivate(ProviderRef ref) {
        requireState(State.LOADED, "deactivate");
        lifecycle.deactivate(find(ref), "requested");
    }

    @Override
    public boolean isActive(ProviderRef ref) {
        return loaded.stream().anyMatch(p -> p.ref().equals(ref) && p.isActive());
    }

    @Override
    public <P> P acquire(ProviderFamily family, String id, ScopeTarget target, Class<P> type) {
        LoadedProvider chosen = find(resolve(family, id, target).chosen());
        if (!type.isInstance(chosen.provider())) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_REFERENCE, "type");
        }
        return type.cast(lifecycle.activate(chosen));
    }

    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        // Polling stops first so no poll races the deactivations; the shared scheduler stops last because
        // providers may still use it while they deactivate.
        healthExecutor.shutdownNow();
        List<LoadedProvider> reversed = new ArrayList<>(loaded);
        Collections.reverse(reversed);
        for (LoadedProvider provider : reversed) {
            lifecycle.deactivate(provider, "registry-closed");
        }
        sharedScheduler.shutdownNow();
        discovery.close();
    }

    private LoadedProvider find(ProviderRef ref) {
        return loaded.stream()
                .filter(p -> p.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new ProviderException.ContractViolation(
                        ProviderException.ViolationCode.INVALID_REFERENCE, "ref"));
    }

    private void requireState(State required, String operation) {
        State current = state;
        if (current != required) {
            throw new IllegalStateException("cannot " + operation + ": registry is " + current.name().toLowerCase(Locale.ROOT));
        }
    }
}
