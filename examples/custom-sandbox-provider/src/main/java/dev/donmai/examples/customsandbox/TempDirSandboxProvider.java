package dev.donmai.examples.customsandbox;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.sandbox.CapacitySnapshot;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.SandboxCapacityProbe;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxPauseResume;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.sandbox.SandboxTransport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A sandbox that is just a directory: {@code provision} creates {@code <dataDir>/sandboxes/<id>/workspace}, seeded
 * from a template directory when the spec names one as its {@code workerImage}, and records the sandbox's status in
 * {@code state.properties} next to it, so the status survives a restart of the provider. It starts no process: the
 * worker that would use the directory dials out to the configured registration URL. The registration token is never
 * written anywhere; a provider that does start a worker hands it over in the worker's environment.
 *
 * <p>A template that does not exist makes the sandbox {@code Failed} after the handle exists, as the contract asks
 * for provisioning failures. Thread-safe: every verb holds the provider's lock.
 */
public final class TempDirSandboxProvider implements SandboxProvider {

    private static final String STATE_FILE = "state.properties";

    private final ProviderManifest<SandboxCapabilities> manifest;
    private final ProviderScope scope;
    private final SandboxTransport.DialOut transport;
    private final int maxConcurrent;
    private ProviderHost host;
    private Path sandboxes;

    TempDirSandboxProvider(ProviderManifest<SandboxCapabilities> manifest, ProviderScope scope,
            SandboxTransport.DialOut transport, int maxConcurrent) {
        this.manifest = manifest;
        this.scope = scope;
        this.transport = transport;
        this.maxConcurrent = maxConcurrent;
    }

    // ---------------------------------------------------------------- base contract

    @Override
    public ProviderManifest<SandboxCapabilities> manifest() {
        return manifest;
    }

    /** The declared capabilities with the configured {@code maxConcurrent}, which is never above the declared one. */
    @Override
    public SandboxCapabilities observedCapabilities() {
        SandboxCapabilities d = capabilities();
        return new SandboxCapabilities(d.transportModel(), d.supportsFsSnapshot(), d.supportsPauseResume(),
                d.supportsCapacityQuery(), maxConcurrent, d.maxSessionDurationSeconds(), d.regions(), d.os(), d.arch(),
                d.idleCostModel(), d.billingModel(), d.maxVCpu(), d.maxMemoryMb(), d.supportsGpu(),
                d.supportsCustomNetworkPolicy(), d.egressDefault(), d.repositoryAuthorityEnforcement(),
                d.isA2ARemote(), d.supportsLogStreaming());
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
        if (this.host != null) {
            return;
        }
        Path dir = host.dataDir().resolve("sandboxes");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            // Nothing was kept, so the provider stays inactive, as a failed activation must.
            throw new ProviderException.ActivationFailed(host.self(), e);
        }
        this.sandboxes = dir;
        this.host = host;
    }

    @Override
    public synchronized void deactivate(Duration timeout) {
        // Sandboxes outlive the provider on purpose: their directories and states stay for the next activation.
        host = null;
        sandboxes = null;
    }

    // ---------------------------------------------------------------- verbs

    @Override
    public synchronized SandboxHandle provision(SandboxSpec spec, Duration timeout) {
        ProviderHost h = enter("provision");
        SandboxCapabilities caps = capabilities();
        if (spec.resources() != null && spec.resources().gpu() && !caps.supportsGpu()) {
            throw new ProviderException.Unsupported("provision.resources.gpu");
        }
        if (spec.networkPolicy() != null && !caps.supportsCustomNetworkPolicy()) {
            throw new ProviderException.Unsupported("provision.networkPolicy");
        }
        if (spec.region() != null && !caps.servesRegion(spec.region())) {
            throw new ProviderException.Unsupported("provision.region");
        }
        if (countWhere(s -> !isFinal(s)) >= maxConcurrent) {
            throw new ProviderException.Unavailable("all " + maxConcurrent + " sandboxes are in use",
                    Duration.ofSeconds(30));
        }
        String externalId = spec.session().sessionId() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = sandboxes.resolve(externalId);
        try {
            Files.createDirectories(dir.resolve("workspace"));
            SandboxStatus status = seed(dir.resolve("workspace"), spec.workerImage());
            write(dir, status);
        } catch (IOException | UncheckedIOException e) {
            throw new ProviderException.OperationFailed("provision", "io-error", true, e);
        }
        return new SandboxHandle(manifest.id(), externalId, transport, h.clock().instant());
    }

    @Override
    public synchronized SandboxStatus status(SandboxHandle handle, Duration timeout) {
        enter("status");
        return read(dirOf(handle, "status"), "status");
    }

    @Override
    public synchronized SandboxStatus.Terminated terminate(SandboxHandle handle, Duration timeout) {
        ProviderHost h = enter("terminate");
        Path dir = dirOf(handle, "terminate");
        if (read(dir, "terminate") instanceof SandboxStatus.Terminated done) {
            return done;
        }
        SandboxStatus.Terminated terminated = new SandboxStatus.Terminated("requested", h.clock().instant());
        try {
            deleteTree(dir.resolve("workspace"));
            write(dir, terminated);
        } catch (IOException | UncheckedIOException e) {
            throw new ProviderException.OperationFailed("terminate", "io-error", true, e);
        }
        h.publish(new ProviderHookEvent.FamilyEvent(UUID.randomUUID().toString(), h.clock().instant(), h.self(),
                FamilyEventKind.SANDBOX_COST, Map.of("sandbox", handle.externalId(), "costUsd", 0.0)));
        return terminated;
    }

    @Override
    public Optional<SandboxPauseResume> pauseResume() {
        return Optional.of(new SandboxPauseResume() {
            @Override
            public SandboxStatus.Paused pause(SandboxHandle handle, Duration timeout) {
                return TempDirSandboxProvider.this.pause(handle);
            }

            @Override
            public SandboxStatus resume(SandboxHandle handle, Duration timeout) {
                return TempDirSandboxProvider.this.resume(handle);
            }
        });
    }

    @Override
    public Optional<SandboxCapacityProbe> capacityProbe() {
        return Optional.of(timeout -> capacity());
    }

    private synchronized SandboxStatus.Paused pause(SandboxHandle handle) {
        ProviderHost h = enter("pause");
        Path dir = dirOf(handle, "pause");
        SandboxStatus now = read(dir, "pause");
        if (now instanceof SandboxStatus.Paused paused) {
            return paused;
        }
        if (isFinal(now)) {
            throw new ProviderException.OperationFailed("pause", "not-running", false);
        }
        SandboxStatus.Paused paused = new SandboxStatus.Paused(h.clock().instant());
        writeOrFail(dir, paused, "pause");
        return paused;
    }

    private synchronized SandboxStatus resume(SandboxHandle handle) {
        enter("resume");
        Path dir = dirOf(handle, "resume");
        SandboxStatus now = read(dir, "resume");
        if (isFinal(now)) {
            throw new ProviderException.OperationFailed("resume", "not-paused", false);
        }
        writeOrFail(dir, SandboxStatus.READY, "resume");
        return SandboxStatus.READY;
    }

    private synchronized CapacitySnapshot capacity() {
        ProviderHost h = enter("capacity");
        int paused = countWhere(s -> s instanceof SandboxStatus.Paused);
        int active = countWhere(s -> !isFinal(s)) - paused;
        return new CapacitySnapshot(active, paused, maxConcurrent, Math.max(0, maxConcurrent - active - paused), true,
                h.clock().instant());
    }

    // ---------------------------------------------------------------- internals

    /** The host for a verb; {@code NotActive} outside activation, {@code Cancelled} (flag kept) when interrupted. */
    private ProviderHost enter(String verb) {
        if (host == null) {
            throw new ProviderException.NotActive(ProviderRef.of(manifest, scope.level()));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ProviderException.Cancelled(verb);
        }
        return host;
    }

    /** Copies the template into the workspace; a missing template is a failed sandbox, not an exception. */
    private static SandboxStatus seed(Path workspace, String workerImage) throws IOException {
        if (workerImage == null) {
            return SandboxStatus.READY;
        }
        Path template = workerImage.startsWith("file:") ? Path.of(URI.create(workerImage)) : Path.of(workerImage);
        if (!Files.isDirectory(template)) {
            return new SandboxStatus.Failed("worker template not found");
        }
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path source : walk.sorted().toList()) {
                Path target = workspace.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return SandboxStatus.READY;
    }

    private Path dirOf(SandboxHandle handle, String verb) {
        Path dir = handle.providerId().equals(manifest.id()) ? sandboxes.resolve(handle.externalId()).normalize()
                : null;
        if (dir == null || !dir.getParent().equals(sandboxes) || !Files.isRegularFile(dir.resolve(STATE_FILE))) {
            throw new ProviderException.OperationFailed(verb, "unknown-sandbox", false);
        }
        return dir;
    }

    private int countWhere(java.util.function.Predicate<SandboxStatus> which) {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> list = Files.list(sandboxes)) {
            list.filter(d -> Files.isRegularFile(d.resolve(STATE_FILE))).forEach(dirs::add);
        } catch (IOException e) {
            throw new ProviderException.OperationFailed("capacity", "io-error", true, e);
        }
        return (int) dirs.stream().map(d -> read(d, "capacity")).filter(which).count();
    }

    private static boolean isFinal(SandboxStatus status) {
        return status instanceof SandboxStatus.Terminated || status instanceof SandboxStatus.Failed;
    }

    private void writeOrFail(Path dir, SandboxStatus status, String verb) {
        try {
            write(dir, status);
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(verb, "io-error", true, e);
        }
    }

    /** Writes the state atomically (temp file, then rename), so a crash never leaves half a state behind. */
    private static void write(Path dir, SandboxStatus status) throws IOException {
        Properties p = new Properties();
        p.setProperty("status", status.wire());
        if (status instanceof SandboxStatus.Paused paused) {
            p.setProperty("at", paused.at().toString());
        } else if (status instanceof SandboxStatus.Terminated t) {
            p.setProperty("at", t.at().toString());
            p.setProperty("reason", t.reason());
        } else if (status instanceof SandboxStatus.Failed f) {
            p.setProperty("error", f.error());
        }
        Path tmp = dir.resolve(STATE_FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, null);
        }
        Files.move(tmp, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static SandboxStatus read(Path dir, String verb) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(STATE_FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(verb, "io-error", true, e);
        }
        return switch (p.getProperty("status", "")) {
            case "ready" -> SandboxStatus.READY;
            case "paused" -> new SandboxStatus.Paused(Instant.parse(p.getProperty("at")));
            case "terminated" -> new SandboxStatus.Terminated(p.getProperty("reason"),
                    Instant.parse(p.getProperty("at")));
            case "failed" -> new SandboxStatus.Failed(p.getProperty("error"));
            default -> throw new ProviderException.OperationFailed(verb, "corrupt-state", false);
        };
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
