package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionMode;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.SessionAdmission;
import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionRefusedException;
import dev.donmai.runtime.api.SessionResult;
import dev.donmai.runtime.api.SessionRun;
import dev.donmai.runtime.api.StopResult;
import dev.donmai.runtime.internal.toolchain.ProcessCommandRunner;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.internal.toolchain.ToolchainInventory;
import dev.donmai.runtime.spi.PatternSecretRedactor;
import dev.donmai.runtime.spi.harness.StubOptions;
import dev.donmai.contracts.provider.ProviderException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link SessionEngine}: admission (duplicate, mode, harness, harness options, toolchain, capacity; host.md §3.4
 * order), one runner thread per session, the shared 2-thread watchdog scheduler, StopSession, and a bounded memory
 * of finished sessions.
 */
public final class DefaultSessionEngine implements SessionEngine {

    /** Finished sessions kept readable (host.md §5.4: max 200). */
    static final int RETAINED = 200;
    /** How long {@link #close()} waits beyond the kill grace for stopped sessions to finish. */
    static final Duration CLOSE_MARGIN = Duration.ofSeconds(60);

    private final SessionEngineConfig config;
    private final EngineParts parts;
    private final HarnessResolver harnesses;
    private final ToolchainInventory toolchains;
    private final ExecutorService runners;
    private final ScheduledExecutorService scheduler;
    private final Map<String, DefaultSessionRun> live = new LinkedHashMap<>();
    private final Deque<DefaultSessionRun> finished = new ArrayDeque<>();
    private final Map<String, AtomicLong> spineSequences = new ConcurrentHashMap<>();
    private boolean closed;
    private int maxConcurrentSessions;

    public DefaultSessionEngine(SessionEngineConfig config, ProviderRegistry registry) {
        this(config, registry, new ToolchainInventory(new ProcessCommandRunner(), config.clock()),
                new GitExecAdapter(new CliGitExec()));
    }

    DefaultSessionEngine(SessionEngineConfig config, ProviderRegistry registry, ToolchainInventory toolchains,
            SessionGit git) {
        this.config = Objects.requireNonNull(config, "config");
        this.maxConcurrentSessions = config.maxConcurrentSessions();
        Objects.requireNonNull(registry, "registry");
        this.toolchains = toolchains;
        this.harnesses = new HarnessResolver(registry);
        this.runners = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads("donmai-session", false));
        ScheduledThreadPoolExecutor watchdogs = new ScheduledThreadPoolExecutor(2, threads("donmai-watchdog", true));
        watchdogs.setRemoveOnCancelPolicy(true);
        this.scheduler = watchdogs;
        ObjectMapper json = new ObjectMapper();
        this.parts = new EngineParts(config, json, git, PatternSecretRedactor.create(),
                new EnvComposer(config.envPrefix(), config.envBlocklist(), config.gitAuthorName(),
                        config.gitAuthorEmail()),
                new PromptRenderer(config.stateHome(), DefaultSessionEngine.class.getClassLoader()),
                new MemoryStep(), harnesses, new EndpointSelector(registry, config.modelAccess()),
                new WorkareaSteps(registry, git, config.worktreeDir(), config.workareaProvider()),
                new VerdictResolver(new TurnResultReader(json, git)),
                new BackstopCommitter(git, config.backstopExcludeGlobs(), config.gitAuthorName(),
                        config.gitAuthorEmail()),
                new BranchPusher(git), new ReleasePlanner(config.poolEnabled(), config.poolMaxReadyPerKey()),
                new AgentDirArchiver(json, config.stateHome()), new ResultRecordWriter(json), scheduler,
                id -> spineSequences.computeIfAbsent(id, k -> new AtomicLong()));
    }

    @Override
    public SessionResult run(SessionSpec spec, SessionListener listener) {
        SessionRun run = start(spec, listener);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return run.await();
                } catch (InterruptedException e) {
                    // The caller gave up: stop the session, but still hand back its result.
                    interrupted = true;
                    run.stop(FailureMode.OPERATOR_CANCELLED);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public SessionRun start(SessionSpec spec, SessionListener listener) {
        return start(spec, SessionAdmission.api(), listener);
    }

    @Override
    public SessionRun start(SessionSpec spec, SessionAdmission admission, SessionListener listener) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(listener, "listener");
        synchronized (this) {
            refuseIf(closed, new SessionRefusedException.EngineClosed());
            refuseIf(isDuplicate(spec.sessionId(), admission.attempt()),
                    new SessionRefusedException.Duplicate(spec.sessionId()));
        }
        Validated validated = validate(spec);
        String harness = validated.harness();
        ToolchainInventory.Check toolchain = validated.toolchain();

        SessionHandle accepted = SessionHandle.builder(spec.sessionId(), SessionState.ACCEPTED,
                        config.clock().instant())
                .projectId(spec.projectId()).projectName(spec.projectName()).repository(spec.repository())
                .ref(spec.ref()).harness(harness).model(spec.model()).workType(spec.workType())
                .organizationId(spec.organizationId()).source(admission.source()).build();
        SessionContext ctx = new SessionContext(spec, admission, listener, accepted, config.ticker(),
                toolchain.toolchainKey(), toolchain.resolved());
        DefaultSessionRun run = new DefaultSessionRun(ctx, this);
        synchronized (this) {
            refuseIf(closed, new SessionRefusedException.EngineClosed());
            refuseIf(isDuplicate(spec.sessionId(), admission.attempt()),
                    new SessionRefusedException.Duplicate(spec.sessionId()));
            refuseIf(live.size() >= maxConcurrentSessions,
                    new SessionRefusedException.AtCapacity(live.size(), maxConcurrentSessions));
            live.put(spec.sessionId(), run);
        }
        runners.execute(new SessionRunner(parts, ctx, () -> retire(run)));
        return run;
    }

    @Override
    public void check(SessionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        validate(spec);
    }

    @Override
    public synchronized void maxConcurrentSessions(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxConcurrentSessions must be >= 0");
        }
        maxConcurrentSessions = max;
    }

    @Override
    public synchronized int liveSessions() {
        return live.size();
    }

    /** The mode, harness, harness-option and toolchain checks of admission, in that order. */
    private Validated validate(SessionSpec spec) {
        refuseIf(spec.mode() != SessionMode.AUTONOMOUS, new SessionRefusedException.ModeUnsupported(spec.mode().wire()));
        String requested = spec.harness() != null ? spec.harness() : config.defaultHarness();
        ScopeTarget target = ScopeTarget.of(null, spec.organizationId(), spec.projectId());
        Optional<String> harness = harnesses.idFor(requested, target);
        refuseIf(harness.isEmpty(), new SessionRefusedException.HarnessUnavailable(requested));
        if (HarnessResolver.STUB.equals(harness.get())) {
            try {
                StubOptions.validate(spec.harnessOptions());
            } catch (ProviderException.ContractViolation e) {
                throw new SessionRefusedException(new SessionRefusedException.InvalidHarnessOptions(
                        e.field().replaceFirst("^harnessOptions\\.", "") + " is not valid"));
            }
        }
        ToolchainInventory.Check toolchain = toolchains.check(spec.toolchain());
        if (!toolchain.satisfied()) {
            throw new SessionRefusedException(new SessionRefusedException.ToolchainUnmetRefusal(toolchain.unmet()));
        }

        return new Validated(harness.get(), toolchain);
    }

    private record Validated(String harness, ToolchainInventory.Check toolchain) {
    }

    @Override
    public StopResult stop(String sessionId, FailureMode mode) {
        requireStopMode(mode);
        DefaultSessionRun run;
        synchronized (this) {
            run = live.get(sessionId);
        }
        return run == null ? new StopResult.NotFound(sessionId) : run.context().requestStop(mode, config.killGrace());
    }

    StopResult stop(DefaultSessionRun run, FailureMode mode) {
        requireStopMode(mode);
        return run.context().requestStop(mode, config.killGrace());
    }

    @Override
    public synchronized Optional<SessionHandle> session(String sessionId) {
        DefaultSessionRun run = live.get(sessionId);
        if (run != null) {
            return Optional.of(run.handle());
        }
        return finished.stream().filter(r -> r.sessionId().equals(sessionId)).findFirst()
                .map(DefaultSessionRun::handle);
    }

    @Override
    public synchronized List<SessionHandle> sessions() {
        List<SessionHandle> out = new ArrayList<>();
        live.values().forEach(r -> out.add(r.handle()));
        finished.forEach(r -> out.add(r.handle()));
        return out;
    }

    @Override
    public Map<String, String> toolchains() {
        return toolchains.installed();
    }

    @Override
    public void refreshToolchains() {
        toolchains.refresh();
    }

    @Override
    public void close() {
        List<DefaultSessionRun> stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = new ArrayList<>(live.values());
        }
        stopping.forEach(run -> run.context().requestStop(FailureMode.CRASH, config.killGrace()));
        long deadline = config.ticker().nanos() + config.killGrace().plus(CLOSE_MARGIN).toNanos();
        for (DefaultSessionRun run : stopping) {
            long left = deadline - config.ticker().nanos();
            try {
                run.context().completion.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                // Left running past the deadline; shutting the threads down below is all that is left.
            }
        }
        scheduler.shutdownNow();
        runners.shutdown();
    }

    /** Moves a finished session from the live set to the retained ones; idempotent. */
    private void retire(DefaultSessionRun run) {
        synchronized (this) {
            if (!live.remove(run.sessionId(), run)) {
                return;
            }
            finished.addFirst(run);
            while (finished.size() > RETAINED) {
                DefaultSessionRun dropped = finished.removeLast();
                if (!live.containsKey(dropped.sessionId())
                        && finished.stream().noneMatch(r -> r.sessionId().equals(dropped.sessionId()))) {
                    spineSequences.remove(dropped.sessionId());
                }
            }
        }
    }

    /** A live session with this id, or a retained one of the same attempt. */
    private boolean isDuplicate(String sessionId, int attempt) {
        if (live.containsKey(sessionId)) {
            return true;
        }
        for (Iterator<DefaultSessionRun> it = finished.iterator(); it.hasNext(); ) {
            DefaultSessionRun r = it.next();
            if (r.sessionId().equals(sessionId) && r.attempt() == attempt) {
                return true;
            }
        }
        return false;
    }

    private static void requireStopMode(FailureMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (!mode.permits(SessionState.TERMINATED)) {
            throw new IllegalArgumentException("a stop cannot record " + mode.controlWire());
        }
    }

    private static void refuseIf(boolean condition, SessionRefusedException.Refusal refusal) {
        if (condition) {
            throw new SessionRefusedException(refusal);
        }
    }

    private static ThreadFactory threads(String prefix, boolean daemon) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
