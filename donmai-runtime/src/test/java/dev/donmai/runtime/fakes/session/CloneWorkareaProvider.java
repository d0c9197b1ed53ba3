package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.CleanGuarantee;
import dev.donmai.contracts.workarea.LatencyMs;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import dev.donmai.contracts.workarea.WorkareaCursor;
import dev.donmai.contracts.workarea.WorkareaMode;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A workarea provider for runner tests: {@code git clone} of a local repository into
 * {@code <dataDir>/worktrees/<sessionId>} on branch {@code agent/<sessionId>}. Records every spec and release;
 * {@code destroy} and {@code return-to-pool} delete the clone, {@code archive} keeps it. A repository path containing
 * {@code missing} fails the acquire.
 */
public final class CloneWorkareaProvider extends TestProvider<WorkareaCapabilities> implements WorkareaProvider {

    public static final WorkareaCapabilities CAPS = new WorkareaCapabilities(CleanGuarantee.FULL, false, false, false,
            List.of(), false, null, List.of(), false, Os.LINUX, Arch.X86_64, new LatencyMs(5, 50), new LatencyMs(5, 50),
            false);

    /** One release call. */
    public record Release(String workareaId, ReleaseMode mode) {
    }

    public final List<WorkareaSpec> acquired = new CopyOnWriteArrayList<>();
    public final List<Release> releases = new CopyOnWriteArrayList<>();
    private volatile ReleaseMode forcedApplied;
    private volatile java.util.concurrent.CountDownLatch acquireGate;
    public final java.util.concurrent.CountDownLatch acquiring = new java.util.concurrent.CountDownLatch(1);

    public CloneWorkareaProvider() {
        super(SimpleFactory.manifest("clone", CAPS));
    }

    public static SimpleFactory<WorkareaCapabilities> factory(CloneWorkareaProvider provider) {
        return new SimpleFactory<>(provider.manifest(), () -> provider);
    }

    /** Every release applies {@code mode} instead of the requested one (with a warning), as a provider may. */
    public CloneWorkareaProvider applying(ReleaseMode mode) {
        forcedApplied = mode;
        return this;
    }

    /** Every acquire waits for {@code gate} (after counting down {@link #acquiring}). */
    public CloneWorkareaProvider gatedBy(java.util.concurrent.CountDownLatch gate) {
        acquireGate = gate;
        return this;
    }

    @Override
    public Workarea acquire(WorkareaSpec spec, Duration timeout) {
        acquired.add(spec);
        acquiring.countDown();
        if (spec.source() == null) {
            // Like a provider that only checks out repositories: the engine makes an empty one itself.
            throw new ProviderException.Unsupported("acquire.source");
        }
        if (acquireGate != null) {
            try {
                acquireGate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String repository = spec.source().repository();
        if (repository.contains("missing")) {
            throw new ProviderException.OperationFailed("acquire", "clone-failed", false);
        }
        String sessionId = spec.session().sessionId();
        Path path = host.dataDir().resolve("worktrees").resolve(sessionId);
        TestGit.git(host.dataDir(), "clone", "-q", repository, path.toString());
        if (!"HEAD".equals(spec.source().ref())) {
            TestGit.git(path, "checkout", "-q", spec.source().ref());
        }
        TestGit.git(path, "switch", "-q", "-c", "agent/" + sessionId);
        TestGit.write(path.resolve(".git/info/exclude"), "/.agent/\n");
        String commit = TestGit.git(path, "rev-parse", "HEAD");
        return new Workarea("wa-" + sessionId, path, null, "clone", spec.source().ref(), commit,
                "0".repeat(64), Map.of(), host.clock().instant(), WorkareaMode.EXCLUSIVE, null,
                WorkareaCursor.start("stream-" + sessionId), AcquirePath.COLD);
    }

    @Override
    public ReleaseOutcome release(Workarea workarea, ReleaseMode mode, Duration timeout) {
        releases.add(new Release(workarea.id(), mode));
        ReleaseMode applied = forcedApplied != null ? forcedApplied : mode;
        if (!(applied instanceof ReleaseMode.Archive)) {
            delete(workarea.path());
        }
        return applied.sameModeAs(mode) ? ReleaseOutcome.asRequested(mode)
                : new ReleaseOutcome(mode, applied, "pool-full");
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
