package dev.donmai.providers.git;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import dev.donmai.contracts.workarea.WorkareaCursor;
import dev.donmai.contracts.workarea.WorkareaMode;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitExec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@code git} workarea provider (sessions.md §13, contracts.md §3.2). An acquire for session {@code S} returns
 * a linked worktree of the repository's bare mirror at {@code <stateHome>/worktrees/S}, on a new branch
 * {@code agent/S} at the resolved commit, verified clean, served from the warm pool when it can be; release destroys
 * it, returns it to the pool, or archives it to {@code <stateHome>/workareas/S-<attempt>/tree}. Branch
 * {@code agent/S} stays in the mirror in every mode.
 *
 * <p>Configuration ({@link dev.donmai.contracts.provider.ProviderConfig} values, flat or nested): {@code stateHome}
 * (default: the host's data directory; the daemon passes its state home), {@code fetchIntervalSeconds} (60), {@code pool.enabled} (true), {@code pool.maxReadyPerKey} (2),
 * {@code pool.minReadyPerKey} (1; 0 = no background refill), {@code poolMaxDiskGb} (0 = no budget),
 * {@code gitBinary} ({@code git}), {@code poolIndex} ({@code memory} or {@code state-db}). An unknown key is
 * {@code UNKNOWN_FIELD}.
 *
 * <p>The spec's {@link WorkareaSpec#toolchain() toolchain} values are read as the versions the engine resolved
 * (§14); they form the pool's toolchain key and come back as {@link Workarea#toolchain()}. Snapshots, shared mode
 * and sparse paths are {@code Unsupported}. A spec without a source gets an empty repository on
 * {@code agent/S} with one empty commit, released only as {@code archive} (or destroyed).
 *
 * <p>The pool index lives in memory ({@link InMemoryPoolIndex}; members left on disk by an earlier process are
 * destroyed at activation) unless {@code poolIndex: state-db} keeps it in {@code <stateHome>/state.db}
 * ({@link StateDbPoolIndex}), where ready members outlive the process.
 */
public final class GitWorkareaProvider implements WorkareaProvider {

    /** How often the pool's disk budget and member age are checked while active. */
    static final Duration MAINTENANCE_PERIOD = Duration.ofSeconds(60);
    /** Ready members older than this are retired (sessions.md §13). */
    static final Duration MEMBER_MAX_AGE = Duration.ofHours(24);

    private final ProviderManifest<WorkareaCapabilities> manifest;
    private final ProviderScope scope;
    private final WorkareaSettings settings;
    private final PoolIndex index;
    private final Function<ProviderHost, GitExec> execFactory;
    private volatile ActiveWorkareas active;

    GitWorkareaProvider(ProviderManifest<WorkareaCapabilities> manifest, ProviderScope scope,
            WorkareaSettings settings) {
        this(manifest, scope, settings, settings.newPoolIndex(),
                host -> new CliGitExec(settings.gitBinary(), host.threadFactory(), Map.of()));
    }

    /** With another pool index or git port (tests inject faults through the port). */
    GitWorkareaProvider(ProviderManifest<WorkareaCapabilities> manifest, ProviderScope scope,
            WorkareaSettings settings, PoolIndex index, Function<ProviderHost, GitExec> execFactory) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.index = Objects.requireNonNull(index, "index");
        this.execFactory = Objects.requireNonNull(execFactory, "execFactory");
    }

    @Override
    public ProviderManifest<WorkareaCapabilities> manifest() {
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

    @Override
    public synchronized void activate(ProviderHost host, Duration timeout) {
        if (active != null) {
            return;
        }
        Objects.requireNonNull(host, "host");
        try {
            active = ActiveWorkareas.start(host, settings, index, execFactory.apply(host), timeout);
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderException.ActivationFailed(host.self(), e);
        }
    }

    @Override
    public synchronized void deactivate(Duration timeout) {
        ActiveWorkareas current = active;
        active = null;
        if (current != null) {
            current.stop(timeout);
        }
        index.close();
    }

    @Override
    public Workarea acquire(WorkareaSpec spec, Duration timeout) {
        ActiveWorkareas a = requireActive();
        Objects.requireNonNull(spec, "spec");
        checkSupported(spec);
        Instant start = a.host().clock().instant();
        GitRunner git = new GitRunner(a.exec(), Deadline.of("acquire", timeout, a.host().clock()));
        String sessionId = spec.session().sessionId();
        String workareaId = "wa-" + UUID.randomUUID();
        String toolchainKey = ToolchainKey.of(spec.toolchain());
        Acquirer.Acquired acquired = guard(git, () -> spec.source() == null
                ? a.acquirer().acquireEmpty(git, workareaId, sessionId, toolchainKey)
                : a.acquirer().acquire(git, workareaId, sessionId, spec.source(), toolchainKey));
        LiveWorkarea live = acquired.live();
        a.live().put(workareaId, live);
        Instant end = a.host().clock().instant();
        Workarea workarea = new Workarea(workareaId, live.path(), null, manifest.id(), live.ref(), acquired.commit(),
                live.checksum(), spec.toolchain(), end, WorkareaMode.EXCLUSIVE, spec.parentWorkareaId(),
                WorkareaCursor.start("ws-" + UUID.randomUUID()), acquired.path());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("workareaId", workareaId);
        payload.put("sessionId", sessionId);
        payload.put("acquirePath", acquired.path().wire());
        payload.put("durationMs", Duration.between(start, end).toMillis());
        payload.put("ref", live.ref());
        payload.put("commit", acquired.commit());
        payload.put("branch", live.branch());
        publish(a, FamilyEventKind.WORKAREA_ACQUIRED, payload);
        if (live.key() != null) {
            a.refill(live.key());
        }
        return workarea;
    }

    @Override
    public ReleaseOutcome release(Workarea workarea, ReleaseMode mode, Duration timeout) {
        ActiveWorkareas a = requireActive();
        Objects.requireNonNull(workarea, "workarea");
        Objects.requireNonNull(mode, "mode");
        Optional<ReleaseOutcome> earlier = a.ledger().earlier(workarea.id(), mode);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        GitRunner git = new GitRunner(a.exec(), Deadline.of("release", timeout, a.host().clock()));
        synchronized (a.ledger().lockFor(workarea.id())) {
            earlier = a.ledger().earlier(workarea.id(), mode);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            LiveWorkarea live = a.live().get(workarea.id());
            if (live == null) {
                live = guard(git, () -> a.reconstruct(git, workarea));
            }
            LiveWorkarea target = live;
            publish(a, FamilyEventKind.WORKAREA_RELEASING, Map.of("workareaId", workarea.id(), "mode", mode.wire()));
            Releaser.Released released = guard(git, () -> a.releaser().release(git, target, mode));
            ReleaseOutcome outcome = released.outcome();
            outcome.warningIfAny().ifPresent(w -> a.host().logger().log(System.Logger.Level.WARNING,
                    "workarea " + workarea.id() + " released as " + outcome.applied().wire() + ": " + w));
            a.ledger().record(workarea.id(), outcome);
            a.live().remove(workarea.id());
            return outcome;
        }
    }

    /** The warm pool while active: warm keys and check the disk budget on demand. */
    public Optional<WorkareaPool> pool() {
        ActiveWorkareas a = active;
        return a == null ? Optional.empty() : Optional.of(a.pool());
    }

    /** The state home this provider works under while active ({@code stateHome}, else the host's data dir). */
    public Optional<Path> stateHome() {
        ActiveWorkareas a = active;
        return a == null ? Optional.empty() : Optional.of(a.layout().stateHome());
    }

    private ActiveWorkareas requireActive() {
        ActiveWorkareas a = active;
        if (a == null) {
            throw new ProviderException.NotActive(null);
        }
        return a;
    }

    private void checkSupported(WorkareaSpec spec) {
        if (spec.fromSnapshot() != null) {
            throw new ProviderException.Unsupported("acquire.fromSnapshot");
        }
        if (spec.mode() == WorkareaMode.SHARED) {
            throw new ProviderException.Unsupported("acquire.shared");
        }
        if (spec.os() != null && spec.os() != manifest.capabilitiesDeclared().os()) {
            throw new ProviderException.Unsupported("acquire.os");
        }
        if (spec.arch() != null && spec.arch() != manifest.capabilitiesDeclared().arch()) {
            throw new ProviderException.Unsupported("acquire.arch");
        }
        WorkareaSource source = spec.source();
        if (source != null) {
            if (!source.paths().isEmpty()) {
                throw new ProviderException.Unsupported("acquire.paths");
            }
            String ref = source.ref();
            if (ref.startsWith("-") || ref.contains("..") || ref.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
                throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                        "source.ref");
            }
        }
    }

    private void publish(ActiveWorkareas a, FamilyEventKind kind, Map<String, Object> payload) {
        try {
            a.host().publish(new ProviderHookEvent.FamilyEvent("evt-" + UUID.randomUUID(), a.host().clock().instant(),
                    a.host().self(), kind, payload));
        } catch (RuntimeException e) {
            // A listener's failure is the host's problem; the workarea is acquired or released either way.
            a.host().logger().log(System.Logger.Level.WARNING, "publishing " + kind.wire() + " failed: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Runs a step and lets only {@link ProviderException}s escape (contracts.md §0). */
    private static <T> T guard(GitRunner git, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ProviderException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, e);
        } catch (RuntimeException e) {
            throw new ProviderException.OperationFailed(git.verb(), "internal-error", false, e);
        }
    }

    /** Ensures the directories of the layout exist; used at activation. */
    static void createLayout(StateLayout layout) {
        try {
            Files.createDirectories(layout.pool());
            Files.createDirectories(layout.worktrees());
            Files.createDirectories(layout.workareas());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workarea directories", e);
        }
    }
}
