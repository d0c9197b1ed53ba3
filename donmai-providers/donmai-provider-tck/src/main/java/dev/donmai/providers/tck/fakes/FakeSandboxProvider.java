package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.sandbox.CapacitySnapshot;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.SandboxCapacityProbe;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxLogs;
import dev.donmai.contracts.sandbox.SandboxPauseResume;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.sandbox.SandboxTransport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory sandbox provider: provisioning records a sandbox that is {@code Ready} at once and runs nothing.
 * A spec whose {@code workerImage} is {@link #FAILING_IMAGE} provisions a handle whose status is {@code Failed}.
 */
public final class FakeSandboxProvider extends FakeProvider<SandboxCapabilities> implements SandboxProvider {

    /** The worker image that makes provisioning fail after the handle exists. */
    public static final String FAILING_IMAGE = "tck/failing-image";

    private final String registrationUrl;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Sandbox> sandboxes = new LinkedHashMap<>();

    /** One sandbox's state; guarded by the provider's lock. */
    private static final class Sandbox {
        SandboxStatus status;
        final FakePullStream<String> log = new FakePullStream<>();

        Sandbox(SandboxStatus status) {
            this.status = status;
        }
    }

    FakeSandboxProvider(ProviderManifest<SandboxCapabilities> manifest, ProviderScope scope, String registrationUrl) {
        super(manifest, scope);
        this.registrationUrl = registrationUrl;
    }

    @Override
    public synchronized SandboxHandle provision(SandboxSpec spec, Duration timeout) {
        ProviderHost host = enter("provision");
        SandboxCapabilities caps = capabilities();
        if (spec.resources() != null) {
            if (spec.resources().gpu() && !caps.supportsGpu()) {
                throw new ProviderException.Unsupported("provision.resources.gpu");
            }
            if (caps.maxVCpu() != null && spec.resources().vCpu() > caps.maxVCpu()) {
                throw new ProviderException.Unsupported("provision.resources.vCpu");
            }
            if (caps.maxMemoryMb() != null && spec.resources().memoryMb() > caps.maxMemoryMb()) {
                throw new ProviderException.Unsupported("provision.resources.memoryMb");
            }
        }
        if (spec.networkPolicy() != null && !caps.supportsCustomNetworkPolicy()) {
            throw new ProviderException.Unsupported("provision.networkPolicy");
        }
        if (spec.region() != null && !caps.servesRegion(spec.region())) {
            throw new ProviderException.Unsupported("provision.region");
        }
        if (caps.maxConcurrent() != null && live() >= caps.maxConcurrent()) {
            throw new ProviderException.Unavailable("no capacity", Duration.ofSeconds(5));
        }
        String id = "fake-sb-" + counter.incrementAndGet();
        boolean failing = FAILING_IMAGE.equals(spec.workerImage());
        Sandbox sandbox = new Sandbox(failing ? new SandboxStatus.Failed("worker image not found")
                : SandboxStatus.READY);
        sandboxes.put(id, sandbox);
        sandbox.log.offer("{\"event\":\"provisioned\",\"sandbox\":\"" + id + "\"}");
        if (failing) {
            sandbox.log.offer("{\"event\":\"failed\",\"sandbox\":\"" + id + "\"}");
        }
        return new SandboxHandle(manifest().id(), id, new SandboxTransport.DialOut(registrationUrl), now(host));
    }

    @Override
    public synchronized SandboxStatus status(SandboxHandle handle, Duration timeout) {
        enter("status");
        return find(handle, "status").status;
    }

    @Override
    public synchronized SandboxStatus.Terminated terminate(SandboxHandle handle, Duration timeout) {
        ProviderHost host = enter("terminate");
        Sandbox sandbox = find(handle, "terminate");
        if (!(sandbox.status instanceof SandboxStatus.Terminated)) {
            sandbox.status = new SandboxStatus.Terminated("requested", now(host));
            sandbox.log.offer("{\"event\":\"terminated\",\"sandbox\":\"" + handle.externalId() + "\"}");
            sandbox.log.complete();
            publish(host, FamilyEventKind.SANDBOX_COST, Map.of("sandbox", handle.externalId(), "costUsd", 0.0));
        }
        return (SandboxStatus.Terminated) sandbox.status;
    }

    @Override
    public Optional<SandboxPauseResume> pauseResume() {
        return Optional.of(new SandboxPauseResume() {
            @Override
            public SandboxStatus.Paused pause(SandboxHandle handle, Duration timeout) {
                return FakeSandboxProvider.this.pause(handle);
            }

            @Override
            public SandboxStatus resume(SandboxHandle handle, Duration timeout) {
                return FakeSandboxProvider.this.resume(handle);
            }
        });
    }

    @Override
    public Optional<SandboxCapacityProbe> capacityProbe() {
        return Optional.of(timeout -> capacity());
    }

    @Override
    public Optional<SandboxLogs> logs() {
        return Optional.of((handle, timeout) -> stream(handle));
    }

    @Override
    protected synchronized void onDeactivate() {
        sandboxes.values().forEach(s -> s.log.complete());
    }

    private synchronized SandboxStatus.Paused pause(SandboxHandle handle) {
        ProviderHost host = enter("pause");
        Sandbox sandbox = find(handle, "pause");
        if (sandbox.status instanceof SandboxStatus.Paused paused) {
            return paused;
        }
        if (isFinal(sandbox.status)) {
            throw new ProviderException.OperationFailed("pause", "not-running", false);
        }
        SandboxStatus.Paused paused = new SandboxStatus.Paused(now(host));
        sandbox.status = paused;
        sandbox.log.offer("{\"event\":\"paused\",\"sandbox\":\"" + handle.externalId() + "\"}");
        return paused;
    }

    private synchronized SandboxStatus resume(SandboxHandle handle) {
        enter("resume");
        Sandbox sandbox = find(handle, "resume");
        if (isFinal(sandbox.status)) {
            throw new ProviderException.OperationFailed("resume", "not-paused", false);
        }
        sandbox.status = SandboxStatus.READY;
        sandbox.log.offer("{\"event\":\"resumed\",\"sandbox\":\"" + handle.externalId() + "\"}");
        return sandbox.status;
    }

    private synchronized CapacitySnapshot capacity() {
        ProviderHost host = enter("capacity");
        int paused = (int) sandboxes.values().stream().filter(s -> s.status instanceof SandboxStatus.Paused).count();
        int active = live() - paused;
        Integer max = capabilities().maxConcurrent();
        int available = max == null ? 1 : Math.max(0, max - active - paused);
        return new CapacitySnapshot(active, paused, max, available, true, now(host));
    }

    private synchronized PullStream<String> stream(SandboxHandle handle) {
        enter("logs.stream");
        return find(handle, "logs.stream").log;
    }

    private int live() {
        return (int) sandboxes.values().stream().filter(s -> !isFinal(s.status)).count();
    }

    private static boolean isFinal(SandboxStatus status) {
        return status instanceof SandboxStatus.Terminated || status instanceof SandboxStatus.Failed;
    }

    private Sandbox find(SandboxHandle handle, String verb) {
        Sandbox sandbox = handle.providerId().equals(manifest().id()) ? sandboxes.get(handle.externalId()) : null;
        if (sandbox == null) {
            throw new ProviderException.OperationFailed(verb, "unknown-sandbox", false);
        }
        return sandbox;
    }
}
