package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.sandbox.CapacitySnapshot;
import dev.donmai.contracts.sandbox.EgressDefault;
import dev.donmai.contracts.sandbox.NetworkPolicy;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.SandboxCapacityProbe;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.sandbox.SandboxTransport;
import dev.donmai.contracts.session.SessionKey;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code local} sandbox: the host machine itself. {@link #provision} gives the session a private directory
 * {@code <root>/<organizationId>/<externalId>/} (root: the {@code root} setting, else {@code <dataDir>/sandboxes})
 * and a handle whose transport is {@link SandboxTransport.DialOut} to the daemon's {@code registrationUrl}; nothing
 * is started. The sandbox is {@code Ready}, {@code Running} once {@link #markRunning told} which worker session runs
 * in it, and {@code Terminated} after {@link #terminate} (idempotent), which removes the directory, or after the
 * spec's {@code maxDuration} or {@code idleTimeout} ran out (checked on every verb; no thread of its own).
 *
 * <p>A directory that cannot be created makes a handle whose status is {@code Failed}, not an exception. The
 * registration token is never stored, written or logged: the provider does not even keep it in memory. Capacity is
 * answered from the sandboxes it tracks; the optional {@code maxConcurrent} setting is enforced
 * ({@code Unavailable} beyond it) and shapes {@code estimatedAvailable}, while the snapshot's {@code maxConcurrent}
 * stays the declared one, unknown. No pause/resume, no log streaming.
 *
 * <p>State lives in memory per activation; directories outlive it. After a restart, a handle whose directory still
 * exists is adopted as {@code Ready}, and one whose directory is gone reads as {@code Terminated("not-found")}.
 * Thread-safe.
 */
public final class LocalSandboxProvider implements SandboxProvider {

    /** {@link SandboxStatus.Terminated#reason()} of a sandbox ended by {@link #terminate}. */
    public static final String REQUESTED = "requested";
    /** {@link SandboxStatus.Terminated#reason()} of a handle this provider has no sandbox for. */
    public static final String NOT_FOUND = "not-found";

    /** The directory under the host's data directory that holds the sandboxes when no {@code root} is set. */
    static final String DEFAULT_ROOT = "sandboxes";

    private final ProviderManifest<SandboxCapabilities> manifest;
    private final ProviderScope scope;
    private final LocalSandboxConfig config;
    private final SandboxTable table = new SandboxTable();
    private final SandboxCapacityProbe capacityProbe = this::capacity;
    /** Null while inactive. */
    private volatile Activation active;

    LocalSandboxProvider(ProviderManifest<SandboxCapabilities> manifest, ProviderScope scope,
            LocalSandboxConfig config) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public ProviderManifest<SandboxCapabilities> manifest() {
        return manifest;
    }

    @Override
    public ProviderScope scope() {
        return scope;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    /**
     * Creates the sandbox root when missing and empties its trash. Fails with {@code ActivationFailed}, leaving the
     * provider inactive, when the root cannot be a writable directory.
     */
    @Override
    public synchronized void activate(ProviderHost host, Duration timeout) {
        if (host == null) {
            throw missing("host");
        }
        if (active != null) {
            return;
        }
        SandboxDirectories directories;
        try {
            Path root = config.rootIfSet().orElseGet(() -> host.dataDir().resolve(DEFAULT_ROOT));
            directories = SandboxDirectories.open(root);
        } catch (IOException | RuntimeException e) {
            throw new ProviderException.ActivationFailed(host.self(), e);
        }
        Activation next = new Activation(host, directories);
        next.purge(Deadlines.of(timeout));
        table.clear();
        active = next;
        next.log(Level.INFO, "local sandboxes under " + directories.root() + ", maxConcurrent "
                + config.maxConcurrentIfSet().map(String::valueOf).orElse("unlimited"));
    }

    /** Stops serving. Sandbox directories stay on disk; a later activation adopts them by handle. */
    @Override
    public synchronized void deactivate(Duration timeout) {
        if (active == null) {
            return;
        }
        active = null;
        table.clear();
    }

    /** Ready while the sandbox root is a writable directory; Unhealthy otherwise and while inactive. */
    @Override
    public ProviderHealth health(Duration timeout) {
        Activation a = active;
        if (a == null) {
            return new ProviderHealth.Unhealthy("not active");
        }
        return a.directories().usable() ? ProviderHealth.READY
                : new ProviderHealth.Unhealthy("sandbox root is not a writable directory");
    }

    /**
     * Creates the session's directory and returns its handle; the status is {@code Ready}, or {@code Failed} when
     * the directory could not be created.
     *
     * @throws ProviderException.Unsupported for a GPU, a network policy other than allow-all, a region other than
     *         {@code local}, or a worker image (the worker is the host's own daemon)
     * @throws ProviderException.Unavailable when the configured {@code maxConcurrent} sandboxes are live
     */
    @Override
    public SandboxHandle provision(SandboxSpec spec, Duration timeout) {
        Activation a = enter("provision");
        if (spec == null) {
            throw missing("spec");
        }
        requireSupported(spec);
        long deadline = Deadlines.of(timeout);
        sweep(a, deadline);
        Instant now = a.now();
        String id = ExternalIds.next(spec.session());
        SandboxHandle handle = new SandboxHandle(manifest.id(), id,
                new SandboxTransport.DialOut(config.registrationUrl()), now);
        Path directory = a.directories().directoryFor(spec.session(), id);
        LocalSandbox sandbox = new LocalSandbox(handle, spec.session(), directory, spec.maxDuration(),
                spec.idleTimeout(), SandboxStatus.PROVISIONING, now);
        if (!table.admit(sandbox, config.maxConcurrent())) {
            throw new ProviderException.Unavailable("max-concurrent", null);
        }
        SandboxStatus status;
        try {
            a.directories().create(directory);
            status = SandboxStatus.READY;
            a.log(Level.INFO, "provisioned local sandbox " + id + " for session " + describe(spec.session())
                    + " at " + directory);
        } catch (IOException | RuntimeException e) {
            status = new SandboxStatus.Failed("cannot create the sandbox directory (" + e.getClass().getSimpleName()
                    + ")");
            a.log(Level.WARNING, "local sandbox " + id + " for session " + describe(spec.session())
                    + " failed: cannot create " + directory + " (" + e.getClass().getSimpleName() + ")");
        }
        table.settle(id, status, a.now());
        return handle;
    }

    /** The sandbox's status: {@code Ready}, {@code Running}, {@code Failed} or {@code Terminated}. */
    @Override
    public SandboxStatus status(SandboxHandle handle, Duration timeout) {
        Activation a = enter("status");
        requireOwn(handle);
        sweep(a, Deadlines.of(timeout));
        return lookup(a, handle).map(LocalSandbox::status).orElseGet(() -> notFound(a));
    }

    /**
     * Terminates the sandbox and removes its directory; idempotent. A sandbox that already ended keeps its first
     * {@code Terminated} value; a handle with no sandbox is {@code Terminated("not-found")}. Deleting a large
     * directory that does not fit into {@code timeout} finishes on a later call; the directory is out of the way
     * at once either way.
     */
    @Override
    public SandboxStatus.Terminated terminate(SandboxHandle handle, Duration timeout) {
        Activation a = enter("terminate");
        requireOwn(handle);
        long deadline = Deadlines.of(timeout);
        sweep(a, deadline);
        Optional<LocalSandbox> known = lookup(a, handle);
        if (known.isEmpty()) {
            return notFound(a);
        }
        table.end(known.get().id(), REQUESTED, a.now()).ifPresent(a::finish);
        a.purge(deadline);
        return table.find(known.get().id())
                .map(LocalSandbox::status)
                .filter(SandboxStatus.Terminated.class::isInstance)
                .map(SandboxStatus.Terminated.class::cast)
                .orElseGet(() -> notFound(a));
    }

    /** Capacity snapshots from the sandboxes this provider tracks. */
    @Override
    public Optional<SandboxCapacityProbe> capacityProbe() {
        return Optional.of(capacityProbe);
    }

    /**
     * Records that the worker session {@code workerSessionId} now runs in the sandbox: its status becomes
     * {@code Running(workerSessionId)} and it is no longer idle. Repeating it with the same id changes nothing; another
     * id replaces the first (a new worker took over).
     * This is the provider's own verb: the contracts have no way to say it through {@link SandboxProvider} yet.
     *
     * @throws ProviderException.OperationFailed {@code unknown-sandbox} when there is no such sandbox,
     *         {@code sandbox-ended} when it has failed or terminated
     */
    public SandboxStatus.Running markRunning(SandboxHandle handle, String workerSessionId, Duration timeout) {
        Activation a = enter("markRunning");
        requireOwn(handle);
        Ids.requireId(workerSessionId, "workerSessionId");
        sweep(a, Deadlines.of(timeout));
        LocalSandbox sandbox = lookup(a, handle)
                .orElseThrow(() -> new ProviderException.OperationFailed("markRunning", "unknown-sandbox", false));
        LocalSandbox running = table.run(sandbox.id(), new SandboxStatus.Running(workerSessionId), a.now())
                .orElseThrow(() -> new ProviderException.OperationFailed("markRunning", "sandbox-ended", false));
        a.log(Level.INFO, "local sandbox " + sandbox.id() + " runs worker session " + workerSessionId);
        return (SandboxStatus.Running) running.status();
    }

    /** The directory of a live sandbox (the worker's scratch space), if the handle names one. */
    public Optional<Path> directory(SandboxHandle handle, Duration timeout) {
        Activation a = enter("directory");
        requireOwn(handle);
        sweep(a, Deadlines.of(timeout));
        return lookup(a, handle).filter(LocalSandbox::live).map(LocalSandbox::directory);
    }

    // ---------------------------------------------------------------- internals

    private CapacitySnapshot capacity(Duration timeout) {
        Activation a = enter("capacity");
        sweep(a, Deadlines.of(timeout));
        int live = table.live();
        // Without a configured limit the next provision is all that is known to fit (an unknown limit is never
        // headroom); the declared maxConcurrent is unknown, so the snapshot's is too (contracts.md §3.1).
        int available = config.maxConcurrentIfSet().map(max -> Math.max(0, max - live)).orElse(1);
        return new CapacitySnapshot(live, 0, manifest.capabilitiesDeclared().maxConcurrent(), available, true,
                a.now());
    }

    private Activation enter(String verb) {
        Activation a = active;
        if (a == null) {
            throw new ProviderException.NotActive(ProviderRef.of(manifest, scope.level()));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ProviderException.Cancelled(verb);
        }
        return a;
    }

    private void requireSupported(SandboxSpec spec) {
        SandboxCapabilities caps = manifest.capabilitiesDeclared();
        if (spec.resources() != null && spec.resources().gpu() && !caps.supportsGpu()) {
            throw new ProviderException.Unsupported("provision.resources.gpu");
        }
        if (spec.networkPolicy() != null && !caps.supportsCustomNetworkPolicy()
                && !isDefault(spec.networkPolicy(), caps.egressDefault())) {
            throw new ProviderException.Unsupported("provision.networkPolicy");
        }
        if (spec.region() != null && !caps.servesRegion(spec.region())) {
            throw new ProviderException.Unsupported("provision.region");
        }
        if (spec.workerImage() != null) {
            throw new ProviderException.Unsupported("provision.workerImage");
        }
    }

    /** A policy that asks for exactly what the host gives anyway is honoured without custom policy support. */
    private static boolean isDefault(NetworkPolicy policy, EgressDefault egressDefault) {
        return policy.egress() == egressDefault && policy.allowHosts().isEmpty();
    }

    private void requireOwn(SandboxHandle handle) {
        if (handle == null) {
            throw missing("handle");
        }
        if (!manifest.id().equals(handle.providerId())) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_REFERENCE,
                    "handle.providerId");
        }
    }

    /** The tracked sandbox, or one adopted from disk (provisioned before a restart). */
    private Optional<LocalSandbox> lookup(Activation a, SandboxHandle handle) {
        String id = handle.externalId();
        Optional<LocalSandbox> tracked = table.find(id);
        if (tracked.isPresent()) {
            return tracked;
        }
        Optional<String> sessionId = ExternalIds.sessionIdOf(id);
        Optional<Path> directory = a.directories().locate(id);
        if (sessionId.isEmpty() || directory.isEmpty()) {
            return Optional.empty();
        }
        String organization = directory.get().getParent().getFileName().toString();
        LocalSandbox adopted = new LocalSandbox(handle, new SessionKey(organization, sessionId.get()),
                directory.get(), null, null, SandboxStatus.READY, a.now());
        a.log(Level.INFO, "adopted local sandbox " + id + " found at " + directory.get());
        return Optional.of(table.adopt(adopted));
    }

    /** Ends the sandboxes that ran out and removes what they left behind. */
    private void sweep(Activation a, long deadline) {
        var expired = table.expire(a.now());
        expired.forEach(a::finish);
        if (!expired.isEmpty()) {
            a.purge(deadline);
        }
    }

    private static SandboxStatus.Terminated notFound(Activation a) {
        return new SandboxStatus.Terminated(NOT_FOUND, a.now());
    }

    private static String describe(SessionKey session) {
        return session.organizationId() + "/" + session.sessionId();
    }

    private static ProviderException.ContractViolation missing(String field) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD,
                field);
    }
}
