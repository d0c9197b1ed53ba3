package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import dev.donmai.contracts.workarea.WorkareaCursor;
import dev.donmai.contracts.workarea.WorkareaMode;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaResumer;
import dev.donmai.contracts.workarea.WorkareaSnapshotRef;
import dev.donmai.contracts.workarea.WorkareaSnapshotter;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.providers.tck.TckGitFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A workarea provider on plain temporary directories: an acquire exports the source's commit from a local git
 * repository ({@code git archive}) into {@code <dataDir>/worktrees/<id>}; the clean-state checksum is a SHA-256 over
 * the commit and every file's path and content. Released workarea directories stay where they are as pool members
 * (re-exported clean) and move to the next acquire's directory, after their checksum is verified: a member that
 * drifted is destroyed and the acquire goes {@code COLD}.
 */
public final class FakeWorkareaProvider extends FakeProvider<WorkareaCapabilities> implements WorkareaProvider {

    private static final String NO_COMMIT = "0000000000000000000000000000000000000000";

    private record PoolKey(String repository, String commit) {
    }

    /** A ready pool member: its directory and the checksum it had when it went back. */
    private record Member(Path dir, String checksum) {
    }

    /** A shared workarea: its directory and how many holders it has. */
    private static final class Shared {
        final Path dir;
        final String checksum;
        int holders;

        Shared(Path dir, String checksum) {
            this.dir = dir;
            this.checksum = checksum;
        }
    }

    /** What the provider remembers about a held workarea. */
    private record Held(Workarea workarea, PoolKey key, Shared shared) {
    }

    /** A snapshot: a copy of the tree and the record it was taken from. */
    private record Snapshot(Path dir, Workarea of) {
    }

    private final Map<String, Held> held = new HashMap<>();
    private final Map<String, ReleaseOutcome> released = new HashMap<>();
    private final Map<String, Held> paused = new HashMap<>();
    private final Map<PoolKey, Member> pool = new LinkedHashMap<>();
    private final Map<PoolKey, Shared> shared = new HashMap<>();
    private final Map<String, Snapshot> snapshots = new HashMap<>();
    private long counter;
    private Path root;
    private TckGitFixture git;

    FakeWorkareaProvider(ProviderManifest<WorkareaCapabilities> manifest, ProviderScope scope) {
        super(manifest, scope);
    }

    @Override
    protected synchronized void onActivate(ProviderHost host) {
        root = host.dataDir().resolve("fake-workarea");
        git = TckGitFixture.at(root.resolve("git"));
    }

    @Override
    public synchronized Workarea acquire(WorkareaSpec spec, Duration timeout) {
        ProviderHost host = enter("acquire");
        WorkareaCapabilities caps = capabilities();
        if (spec.mode() == WorkareaMode.SHARED && !caps.supportsSharedMode()) {
            throw new ProviderException.Unsupported("acquire.mode");
        }
        if (spec.fromSnapshot() != null && !caps.supportsSnapshot()) {
            throw new ProviderException.Unsupported("acquire.fromSnapshot");
        }
        if (spec.toolchain().keySet().stream().anyMatch(tool -> !caps.supportsToolchain(tool))) {
            throw new ProviderException.Unsupported("acquire.toolchain");
        }
        if ((spec.os() != null && spec.os() != caps.os()) || (spec.arch() != null && spec.arch() != caps.arch())) {
            throw new ProviderException.Unsupported("acquire.platform");
        }
        long started = System.nanoTime();
        String id = "fake-wa-" + (++counter);
        Path dir = root.resolve("worktrees").resolve(id);
        WorkareaSource source = spec.source();
        String ref = source == null ? "empty" : source.ref();
        Workarea workarea;
        if (spec.fromSnapshot() != null) {
            Snapshot snapshot = snapshots.get(spec.fromSnapshot().snapshotId());
            if (snapshot == null) {
                throw new ProviderException.OperationFailed("acquire", "unknown-snapshot", false);
            }
            FakeFiles.copy(snapshot.dir(), dir);
            Workarea of = snapshot.of();
            workarea = new Workarea(id, dir, null, manifest().id(), of.ref(), of.commit(), of.cleanStateChecksum(),
                    Map.of(), now(host), WorkareaMode.EXCLUSIVE, spec.parentWorkareaId(), of.cursor(),
                    AcquirePath.COLD);
            held.put(id, new Held(workarea, new PoolKey(repositoryOf(source), of.commit()), null));
        } else {
            PoolKey key = new PoolKey(repositoryOf(source), source == null ? NO_COMMIT : resolve(source));
            if (spec.mode() == WorkareaMode.SHARED) {
                workarea = acquireShared(host, spec, id, dir, key, ref);
            } else {
                AcquirePath path = prepare(key, dir);
                workarea = new Workarea(id, dir, null, manifest().id(), ref, key.commit(), checksum(dir, key),
                        Map.of(), now(host), WorkareaMode.EXCLUSIVE, spec.parentWorkareaId(),
                        WorkareaCursor.start("stream-" + id), path);
                held.put(id, new Held(workarea, key, null));
            }
        }
        publish(host, FamilyEventKind.WORKAREA_ACQUIRED, Map.of("workareaId", id, "acquirePath",
                workarea.acquirePath().wire(), "durationMs", (System.nanoTime() - started) / 1_000_000));
        return workarea;
    }

    @Override
    public synchronized ReleaseOutcome release(Workarea workarea, ReleaseMode mode, Duration timeout) {
        ProviderHost host = enter("release");
        ReleaseOutcome first = released.get(workarea.id());
        if (first != null) {
            if (first.requested().sameModeAs(mode)) {
                return first;
            }
            throw new ProviderException.ReleaseConflict(workarea.id(), first.requested().wire(), mode.wire());
        }
        Held h = held.remove(workarea.id());
        if (h == null) {
            throw new ProviderException.OperationFailed("release", "unknown-workarea", false);
        }
        publish(host, FamilyEventKind.WORKAREA_RELEASING, Map.of("workareaId", workarea.id(), "mode", mode.wire()));
        ReleaseOutcome outcome = h.shared() != null ? releaseShared(h, mode) : releaseExclusive(h, mode);
        released.put(workarea.id(), outcome);
        return outcome;
    }

    @Override
    public Optional<WorkareaResumer> resumer() {
        return Optional.of(this::resume);
    }

    @Override
    public Optional<WorkareaSnapshotter> snapshotter() {
        return Optional.of(new WorkareaSnapshotter() {
            @Override
            public WorkareaSnapshotRef snapshot(Workarea workarea, Duration timeout) {
                return FakeWorkareaProvider.this.snapshot(workarea);
            }

            @Override
            public void delete(WorkareaSnapshotRef snapshot, Duration timeout) {
                FakeWorkareaProvider.this.deleteSnapshot(snapshot);
            }
        });
    }

    private Workarea acquireShared(ProviderHost host, WorkareaSpec spec, String id, Path dir, PoolKey key,
            String ref) {
        Shared existing = shared.get(key);
        Integer max = capabilities().maxSharedConcurrency();
        if (existing != null && max != null && existing.holders >= max) {
            throw new ProviderException.Unavailable("shared workarea is full", null);
        }
        AcquirePath path = AcquirePath.POOL_WARM;
        if (existing == null) {
            path = prepare(key, dir);
            existing = new Shared(dir, checksum(dir, key));
            shared.put(key, existing);
        }
        existing.holders++;
        Workarea workarea = new Workarea(id, existing.dir, null, manifest().id(), ref, key.commit(),
                existing.checksum, Map.of(), now(host), WorkareaMode.SHARED, spec.parentWorkareaId(),
                WorkareaCursor.start("stream-" + id), path);
        held.put(id, new Held(workarea, key, existing));
        return workarea;
    }

    /** Fills {@code dir} for {@code key}: a verified pool member when there is one, else a fresh export. */
    private AcquirePath prepare(PoolKey key, Path dir) {
        Member exact = pool.remove(key);
        if (exact != null) {
            if (checksum(exact.dir(), key).equals(exact.checksum())) {
                move(exact.dir(), dir);
                return AcquirePath.POOL_WARM;
            }
            // The member drifted while it waited: never hand it out, rebuild from scratch.
            FakeFiles.delete(exact.dir());
            export(key, dir);
            return AcquirePath.COLD;
        }
        for (Iterator<Map.Entry<PoolKey, Member>> it = pool.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<PoolKey, Member> other = it.next();
            if (other.getKey().repository().equals(key.repository())) {
                it.remove();
                move(other.getValue().dir(), dir);
                FakeFiles.clear(dir);
                exportInto(key, dir);
                return AcquirePath.POOL_FRESH;
            }
        }
        export(key, dir);
        return AcquirePath.COLD;
    }

    private ReleaseOutcome releaseExclusive(Held h, ReleaseMode mode) {
        Path dir = h.workarea().path();
        if (mode instanceof ReleaseMode.Destroy) {
            FakeFiles.delete(dir);
            return ReleaseOutcome.asRequested(mode);
        }
        if (mode instanceof ReleaseMode.ReturnToPool) {
            FakeFiles.clear(dir);
            exportInto(h.key(), dir);
            String checksum = checksum(dir, h.key());
            if (!checksum.equals(h.workarea().cleanStateChecksum())) {
                FakeFiles.delete(dir);
                return new ReleaseOutcome(mode, ReleaseMode.DESTROY, "checksum-mismatch");
            }
            Member replaced = pool.put(h.key(), new Member(dir, checksum));
            if (replaced != null) {
                FakeFiles.delete(replaced.dir());
            }
            return ReleaseOutcome.asRequested(mode);
        }
        if (mode instanceof ReleaseMode.Pause) {
            paused.put(h.workarea().id(), h);
            return ReleaseOutcome.asRequested(mode);
        }
        // Archive: the tree stays where it is, read-only, for inspection.
        FakeFiles.files(dir).forEach(f -> f.toFile().setWritable(false));
        return ReleaseOutcome.asRequested(mode);
    }

    private ReleaseOutcome releaseShared(Held h, ReleaseMode mode) {
        Shared s = h.shared();
        s.holders--;
        if (s.holders > 0 || mode instanceof ReleaseMode.Destroy) {
            if (s.holders == 0) {
                FakeFiles.delete(s.dir);
                shared.remove(h.key());
            }
            return ReleaseOutcome.asRequested(mode);
        }
        // The last holder leaves: a shared tree is torn down whatever mode was asked for.
        FakeFiles.delete(s.dir);
        shared.remove(h.key());
        return new ReleaseOutcome(mode, ReleaseMode.DESTROY, "shared-torn-down");
    }

    private synchronized Workarea resume(Workarea pausedWorkarea, Duration timeout) {
        ProviderHost host = enter("resume");
        Held h = paused.remove(pausedWorkarea.id());
        if (h == null) {
            throw new ProviderException.OperationFailed("resume", "not-paused", false);
        }
        String id = "fake-wa-" + (++counter);
        Workarea old = h.workarea();
        Workarea resumed = new Workarea(id, old.path(), old.workareaRoot(), old.providerId(), old.ref(), old.commit(),
                old.cleanStateChecksum(), old.toolchain(), now(host), old.mode(), old.parentId(), old.cursor(),
                old.acquirePath());
        held.put(id, new Held(resumed, h.key(), null));
        publish(host, FamilyEventKind.WORKAREA_RESUMED, Map.of("workareaId", id, "pausedId", old.id()));
        return resumed;
    }

    private synchronized WorkareaSnapshotRef snapshot(Workarea workarea) {
        ProviderHost host = enter("snapshot");
        Held h = held.get(workarea.id());
        if (h == null) {
            throw new ProviderException.OperationFailed("snapshot", "unknown-workarea", false);
        }
        String snapshotId = "snap-" + (++counter);
        Path dir = root.resolve("snapshots").resolve(snapshotId);
        FakeFiles.copy(workarea.path(), dir);
        snapshots.put(snapshotId, new Snapshot(dir, h.workarea()));
        return new WorkareaSnapshotRef(manifest().id(), snapshotId, now(host));
    }

    private synchronized void deleteSnapshot(WorkareaSnapshotRef ref) {
        enter("snapshot.delete");
        Snapshot snapshot = snapshots.remove(ref.snapshotId());
        if (snapshot != null) {
            FakeFiles.delete(snapshot.dir());
        }
    }

    private String resolve(WorkareaSource source) {
        TckGitFixture.GitResult result = git.exec(Path.of(repositoryOf(source)), "rev-parse", "--verify", "--quiet",
                source.ref() + "^{commit}");
        if (result.exitCode() != 0) {
            throw new ProviderException.OperationFailed("acquire", "unknown-ref", false);
        }
        return result.stdout().strip();
    }

    private void export(PoolKey key, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exportInto(key, dir);
    }

    private void exportInto(PoolKey key, Path dir) {
        if (key.commit().equals(NO_COMMIT)) {
            return;
        }
        Path zip = root.resolve("export-" + (++counter) + ".zip");
        TckGitFixture.GitResult result = git.exec(Path.of(key.repository()), "archive", "--format=zip", "-o",
                zip.toString(), key.commit());
        if (result.exitCode() != 0) {
            throw new ProviderException.OperationFailed("acquire", "export-failed", true);
        }
        try {
            FakeFiles.unzip(zip, dir);
        } finally {
            FakeFiles.delete(zip);
        }
    }

    private static String checksum(Path dir, PoolKey key) {
        return FakeFiles.checksum(dir, "fake-clean-v1\n" + key.commit() + "\n");
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local path for the repository: the fake reads only local repositories. */
    private static String repositoryOf(WorkareaSource source) {
        if (source == null) {
            return "";
        }
        String repository = source.repository();
        return repository.startsWith("file:") ? Path.of(URI.create(repository)).toString() : repository;
    }
}
