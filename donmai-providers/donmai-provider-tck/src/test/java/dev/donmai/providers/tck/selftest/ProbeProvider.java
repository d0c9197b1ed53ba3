package dev.donmai.providers.tck.selftest;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.ScopeLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A small, correct provider of the probe family, plus switchable {@link Defect}s. On activation it writes a state
 * file, starts a worker thread and a periodic heartbeat, so the kit's resource checks have something to see.
 */
final class ProbeProvider implements Provider<ProbeCapabilities> {

    /** The probe's facet. */
    interface Echoer {
        String shout(String text);
    }

    private final ProviderManifest<ProbeCapabilities> manifest;
    private final ProviderScope scope;
    private final Set<Defect> defects;
    private final boolean failActivation;
    private volatile boolean active;
    private ProviderHost host;
    private Thread worker;
    private CountDownLatch stopWorker;
    private ScheduledFuture<?> heartbeat;

    ProbeProvider(ProviderManifest<ProbeCapabilities> manifest, ProviderScope scope, Set<Defect> defects,
            boolean failActivation) {
        this.manifest = manifest;
        this.scope = scope;
        this.defects = defects;
        this.failActivation = failActivation;
    }

    @Override
    public ProviderManifest<ProbeCapabilities> manifest() {
        if (defects.contains(Defect.MANIFEST_MISMATCH)) {
            return ProviderManifest.builder(manifest.id(), "9.9.9", manifest.capabilitiesDeclared())
                    .name(manifest.name()).entry(manifest.entry()).build();
        }
        return manifest;
    }

    @Override
    public ProbeCapabilities observedCapabilities() {
        ProbeCapabilities declared = capabilities();
        if (defects.contains(Defect.OBSERVED_ABOVE_DECLARED)) {
            return new ProbeCapabilities(true, declared.maxEchoes() + 1, declared.regions(), false);
        }
        return declared;
    }

    @Override
    public ProviderScope scope() {
        return scope;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public synchronized void activate(ProviderHost host, Duration timeout) {
        if (active) {
            if (defects.contains(Defect.ACTIVATE_NOT_IDEMPOTENT)) {
                throw new IllegalStateException("already active");
            }
            return;
        }
        if (failActivation) {
            if (defects.contains(Defect.ACTIVE_AFTER_FAILED_ACTIVATION)) {
                active = true;
            }
            throw new ProviderException.ActivationFailed(ProviderRef.of(manifest, ScopeLevel.GLOBAL),
                    new IllegalStateException("configured to fail"));
        }
        try {
            Files.writeString(host.dataDir().resolve("probe.state"), "active");
        } catch (IOException e) {
            throw new ProviderException.ActivationFailed(host.self(), e);
        }
        this.host = host;
        CountDownLatch stop = new CountDownLatch(1);
        Thread thread = host.threadFactory().newThread(() -> {
            try {
                stop.await(defects.contains(Defect.LEAKS_THREAD) ? 30 : 300, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        this.worker = thread;
        this.stopWorker = stop;
        this.heartbeat = host.scheduler().scheduleAtFixedRate(() -> { }, 1, 1, TimeUnit.HOURS);
        active = true;
    }

    @Override
    public synchronized void deactivate(Duration timeout) {
        if (!active) {
            if (defects.contains(Defect.DEACTIVATE_REPEAT_THROWS)) {
                throw new IllegalStateException("not active");
            }
            return;
        }
        active = false;
        if (stopWorker != null && !defects.contains(Defect.LEAKS_THREAD)) {
            stopWorker.countDown();
        }
        if (heartbeat != null && !defects.contains(Defect.LEAKS_PERIODIC_TASK)) {
            heartbeat.cancel(false);
        }
        worker = null;
    }

    @Override
    public ProviderHealth health(Duration timeout) {
        if (defects.contains(Defect.SLOW_HEALTH)) {
            // Deliberately late (not synchronisation): the kit must notice the overrun.
            CountDownLatch never = new CountDownLatch(1);
            try {
                never.await(timeout.toMillis() + 1_500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ProviderHealth.READY;
    }

    /** The probe's one verb. */
    String echo(String text, Duration timeout) {
        if (!active && !defects.contains(Defect.NO_ACTIVE_CHECK)) {
            throw new ProviderException.NotActive(ProviderRef.of(manifest, scope.level()));
        }
        if (Thread.currentThread().isInterrupted()) {
            if (defects.contains(Defect.SWALLOWS_INTERRUPT)) {
                Thread.interrupted();
            }
            throw new ProviderException.Cancelled("echo");
        }
        if (defects.contains(Defect.LEAKS_RUNTIME_EXCEPTION)) {
            throw new IllegalArgumentException("boom");
        }
        ProviderHost h = host;
        if (h != null) {
            ProviderRef ref = defects.contains(Defect.FOREIGN_EVENT)
                    ? new ProviderRef(manifest.family(), "someone-else", "1.0.0", ScopeLevel.GLOBAL) : h.self();
            h.publish(new ProviderHookEvent.FamilyEvent(UUID.randomUUID().toString(), h.clock().instant(), ref,
                    FamilyEventKind.SANDBOX_COST, Map.of("echoes", 1)));
        }
        return text;
    }

    /** The echo facet, present iff {@code supportsEcho}. */
    Optional<Echoer> echoer() {
        if (defects.contains(Defect.FACET_MISSING) || !capabilities().supportsEcho()) {
            return Optional.empty();
        }
        return Optional.of(t -> t.toUpperCase(java.util.Locale.ROOT));
    }
}
