package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.events.EventTopic;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionOutcome;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.TurnResult;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.SessionResult;
import dev.donmai.runtime.spi.SecretRedactor;
import dev.donmai.runtime.spi.harness.HarnessEnv;
import dev.donmai.runtime.spi.harness.ProcessAgentSession;
import dev.donmai.runtime.spi.harness.ProcessSessionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one session attempt through the steps of sessions.md §3 on its own thread: resolve the harness, acquire the
 * workarea, compose the environment, render the prompt, spawn, stream (normalise, redact, log, spine, listener,
 * watchdogs), wait, resolve the verdict with the backstop commit and push, write the result record, archive
 * {@code .agent/}, release the workarea and enter the terminal state. A recorded stop mode is honoured at every step
 * boundary before spawn and by stopping the harness after it; a stopped session finishes without verdict or backstop
 * and is archived.
 */
final class SessionRunner implements Runnable {

    private static final System.Logger LOG = System.getLogger(SessionRunner.class.getName());

    /** How long one poll of the harness stream waits before the runner looks at stops and deadlines again. */
    static final Duration POLL = Duration.ofMillis(100);
    /** After a stop, a harness stream must end within the grace plus this (contracts.md §4 rule 5). */
    static final Duration STREAM_END_SLACK = Duration.ofSeconds(5);
    static final Duration SPAWN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration GIT_TIMEOUT = Duration.ofMinutes(1);
    private static final String AGENT_DIR = ".agent";

    private final EngineParts parts;
    private final SessionEngineConfig config;
    private final SessionContext ctx;
    private final SessionSpec spec;
    private final Runnable onDone;
    private final SpineEmitter spine;
    private final CostMeter meter = new CostMeter();
    private final List<String> warnings = new ArrayList<>();

    // Filled in as the steps run; read by finish().
    private SecretRedactor redactor;
    private OutcomeResolver.ProvisioningFailure provisioningFailure = OutcomeResolver.ProvisioningFailure.NONE;
    private String provisioningReason;
    private String harnessId;
    private String canonicalRepository;
    private String branch;
    private WorkareaSteps.Acquired workarea;
    private SessionResult.MemoryReport memory = SessionResult.MemoryReport.NONE;
    private AgentSession agent;
    private Instant harnessStart;
    private AgentEvent.Terminal terminal;
    private String lastAssistantText;
    private String nativeSessionId;
    private String model;
    private long eventCount;
    private long droppedAfterTerminal;
    private Integer exitCode;
    private String signal;
    private VerdictResolver.Resolved verdict;
    private String commitSha;
    private boolean pushed;
    private boolean clean = true;
    private boolean archiveOnly;
    private EventsJsonlWriter eventsLog;

    SessionRunner(EngineParts parts, SessionContext ctx, Runnable onDone) {
        this.parts = parts;
        this.config = parts.config();
        this.ctx = ctx;
        this.spec = ctx.spec;
        this.onDone = onDone;
        this.redactor = parts.redactor();
        this.model = spec.model();
        this.spine = new SpineEmitter(config.eventSink(), config.clock(), ctx.key.organizationId(),
                spec.projectId(), ctx.sessionId(), ctx.admission.attempt(),
                parts.spineSequence().apply(ctx.sessionId()));
    }

    @Override
    public void run() {
        try {
            steps();
        } catch (RuntimeException | Error e) {
            // A defect, not an outcome: still end the session properly so nothing is left hanging.
            LOG.log(System.Logger.Level.ERROR, "session " + ctx.sessionId() + " runner failed", e);
            if (provisioningFailure == OutcomeResolver.ProvisioningFailure.NONE && agent == null) {
                provisioningFailure = OutcomeResolver.ProvisioningFailure.SPAWN;
                provisioningReason = "internal-error";
            } else if (terminal == null) {
                terminal = new AgentEvent.Error(config.clock().instant(), AgentEvent.Error.HARNESS_ERROR,
                        "internal error", null, false);
            }
            closeAgent();
            finishSafely();
        } finally {
            onDone.run();
        }
    }

    private void steps() {
        notifyState(ctx.handle());
        spine.lifecycle(EventTopic.SESSION_ADMITTED, admittedPayload());
        if (stopped()) {
            finishSafely();
            return;
        }
        move(SessionState.PROVISIONING, b -> b);
        ScopeTarget target = ScopeTarget.of(null, spec.organizationId(), spec.projectId());

        // Step 1: harness.
        HarnessResolver.Chosen harness;
        try {
            harness = parts.harnesses().resolve(spec.harness() != null ? spec.harness() : config.defaultHarness(),
                    target);
        } catch (RuntimeException e) {
            failProvisioning(OutcomeResolver.ProvisioningFailure.SPAWN, "harness: " + describe(e));
            return;
        }
        harnessId = harness.id();
        harness.warning().ifPresent(this::warn);
        ctx.update(b -> b.harness(harnessId));
        if (stopped()) {
            finishSafely();
            return;
        }

        // Step 2: workarea.
        canonicalRepository = canonicalRepository();
        branch = spec.branch() != null ? spec.branch() : "agent/" + ctx.sessionId();
        try {
            workarea = parts.workareas().acquire(ctx.key, canonicalRepository, spec.ref(), branch,
                    ctx.resolvedToolchain, target);
        } catch (WorkareaSteps.AcquireFailed e) {
            failProvisioning(OutcomeResolver.ProvisioningFailure.WORKAREA, e.getMessage());
            return;
        }
        // A session without a repository has nothing to pool: its tree is only ever archived (sessions.md §3).
        archiveOnly = canonicalRepository == null;
        if (workarea.acquirePath() != AcquirePath.COLD) {
            parts.releases().taken(poolKey());
        }
        ctx.update(b -> b.worktreePath(workarea.path().toString()).ref(workarea.ref())
                .canonicalRepository(canonicalRepository));
        if (stopped()) {
            finishSafely();
            return;
        }

        // Steps 4, 5a, 5: environment, memory, prompt.
        Path agentDir = workarea.path().resolve(AGENT_DIR);
        Path promptFile = agentDir.resolve("prompt.md");
        EnvComposer.Composed env;
        PromptRenderer.Rendered prompt;
        try {
            Files.createDirectories(agentDir);
            // A turn-result left by an earlier run in this tree must never count for this one.
            Files.deleteIfExists(workarea.path().resolve(TurnResult.PATH));
            env = parts.env().compose(config.daemonEnv(), config.baseEnv(), spec.env(), Map.of(),
                    runtimeVariables(harness.id(), promptFile));
            redactor = parts.redactor().withSecrets(env.secretValues());
            env.warnings().forEach(this::warn);
            MemoryStep.Prepared prepared = parts.memory().prepare(spec);
            memory = prepared.report();
            prompt = parts.prompts().render(new PromptRenderer.Request(promptValues(prepared.block()),
                    spec.workType(), spec.systemPromptOverride(), spec.prompt()));
            PromptRenderer.write(prompt, agentDir);
            prompt.warnings().forEach(this::warn);
        } catch (PromptRenderer.RenderException | IOException e) {
            failProvisioning(OutcomeResolver.ProvisioningFailure.SPAWN, "prompt-render");
            return;
        }
        if (stopped()) {
            finishSafely();
            return;
        }

        // Step 6: spawn.
        EndpointBinding endpoint;
        try {
            endpoint = parts.endpoints().select(spec, harness.provider().capabilities(), target);
        } catch (EndpointSelector.NoEndpoint e) {
            failProvisioning(OutcomeResolver.ProvisioningFailure.SPAWN, e.getMessage());
            return;
        } catch (RuntimeException e) {
            failProvisioning(OutcomeResolver.ProvisioningFailure.SPAWN, "model-endpoint: " + describe(e));
            return;
        }
        SpawnSpec spawnSpec = SpawnSpec.builder(ctx.key, workarea.path(), prompt.task(), endpoint)
                .baseInstructions(prompt.system())
                .env(env.env())
                .autonomous(true)
                .build();
        eventsLog = new EventsJsonlWriter(parts.json(), agentDir, ctx.sessionId(), ctx.admission.attempt());
        Instant spawnAt = config.clock().instant();
        try {
            agent = harness.provider().spawn(spawnSpec, SPAWN_TIMEOUT);
        } catch (RuntimeException e) {
            failProvisioning(OutcomeResolver.ProvisioningFailure.SPAWN, "spawn: " + describe(e));
            return;
        }
        harnessStart = spawnAt;
        Long pid = agent.process().map(ProcessHandle::pid).orElse(null);
        boolean stopNow = ctx.running(agent, b -> b.startedAt(harnessStart).pid(pid));
        afterTransition(SessionState.PROVISIONING, ctx.handle());
        spine.lifecycle(EventTopic.SESSION_STARTED, startedPayload(pid));
        if (stopNow) {
            SessionContext.stopHarness(agent, StopMode.GRACEFUL, config.killGrace(), ctx.stopMode().orElse(null));
        }

        // Steps 7 and 8: stream and wait.
        stream();
        move(SessionState.FINISHING, b -> b.exitCode(exitCode));
        awaitExit();

        // Step 9: verdict, backstop, push — only for a harness-reported end without a stop.
        if (terminal instanceof AgentEvent.Result result && ctx.stopMode().isEmpty()) {
            resolveVerdict(result);
        }
        finishSafely();
    }

    // ---------------------------------------------------------------- streaming

    private void stream() {
        WatchdogSet watchdogs = new WatchdogSet(config.ticker(), limits(), meter);
        ScheduledFuture<?> task = parts.scheduler().scheduleAtFixedRate(
                () -> watchdogs.check().ifPresent(mode -> ctx.requestStop(mode, config.killGrace())),
                config.watchdogInterval().toNanos(), config.watchdogInterval().toNanos(), TimeUnit.NANOSECONDS);
        StreamGuard guard = new StreamGuard(agent.events(), config.clock());
        Duration overdue = config.killGrace().plus(STREAM_END_SLACK);
        boolean protocolKill = false;
        try {
            while (!guard.terminated()) {
                List<AgentEvent> events;
                try {
                    events = guard.poll(POLL);
                } catch (RuntimeException e) {
                    // A broken stream is a harness failure, never a stuck session.
                    events = guard.forceEnd(AgentEvent.Error.HARNESS_ERROR, "the harness stream failed: "
                            + e.getClass().getSimpleName(), null);
                }
                for (AgentEvent event : events) {
                    accept(event, watchdogs);
                }
                if (guard.protocolError() && !protocolKill) {
                    // 100 unparseable lines in a row: the stream is garbage, the group is killed (sessions.md §7).
                    protocolKill = true;
                    SessionContext.stopHarness(agent, StopMode.IMMEDIATE, Duration.ZERO);
                }
                if (!guard.terminated() && ctx.stopOverdue(overdue)) {
                    // The adapter did not end its stream after the stop: end it here and kill what is left.
                    ctx.markForcedKill();
                    signal = "SIGKILL";
                    for (AgentEvent event : guard.forceEnd(AgentEvent.Error.KILLED,
                            ctx.stopMode().map(FailureMode::controlWire).orElse("stopped"), null)) {
                        accept(event, watchdogs);
                    }
                    closeAgent();
                }
            }
        } finally {
            watchdogs.disarm();
            task.cancel(false);
        }
        guard.drainAfterTerminal();
        droppedAfterTerminal += guard.droppedAfterTerminal();
        eventsLog.close();
        String logFailure = eventsLog.takeFailure();
        if (logFailure != null) {
            warn(logFailure);
        }
    }

    private void accept(AgentEvent raw, WatchdogSet watchdogs) {
        AgentEvent event = EventRedaction.redact(raw, redactor);
        eventCount++;
        meter.observe(event);
        watchdogs.onEvent(event);
        if (event instanceof AgentEvent.Init init) {
            if (init.nativeSessionId() != null) {
                nativeSessionId = init.nativeSessionId();
            }
            if (model == null && init.model() != null) {
                model = init.model();
                ctx.update(b -> b.model(model));
            }
        } else if (event instanceof AgentEvent.AssistantText text) {
            lastAssistantText = text.text();
        } else if (event instanceof AgentEvent.Terminal t) {
            terminal = t;
            if (t instanceof AgentEvent.Error error && error.exitCode() != null) {
                exitCode = error.exitCode();
            }
        }
        eventsLog.write(event);
        spine.event(event);
        try {
            ctx.listener.onEvent(ctx.sessionId(), event);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
        // The budget watchdog reacts to the event that crossed the line, not a scheduler tick later.
        if (!event.isTerminal()) {
            watchdogs.check().ifPresent(mode -> ctx.requestStop(mode, config.killGrace()));
        }
    }

    private WatchdogSet.Limits limits() {
        long maxDuration = spec.maxDurationSeconds() != null ? spec.maxDurationSeconds()
                : config.defaultMaxDurationSeconds();
        Double maxCost = spec.budget() != null && spec.budget().maxCostUsd() != null ? spec.budget().maxCostUsd()
                : config.defaultMaxCostUsd();
        Long maxTokens = spec.budget() != null && spec.budget().maxTokens() != null ? spec.budget().maxTokens()
                : config.defaultMaxTokens();
        return new WatchdogSet.Limits(Duration.ofSeconds(maxDuration),
                Duration.ofSeconds(config.noProgressTimeoutSeconds()),
                Duration.ofSeconds(config.noProgressToolTimeoutSeconds()), maxCost, maxTokens);
    }

    /** After the terminal: give the process the grace to exit, then kill the group; then release the harness. */
    private void awaitExit() {
        agent.process().ifPresent(process -> {
            try {
                process.onExit().get(config.killGrace().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                SessionContext.stopHarness(agent, StopMode.IMMEDIATE, Duration.ZERO);
                signal = signal == null ? "SIGKILL" : signal;
                try {
                    process.onExit().get(STREAM_END_SLACK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception again) {
                    warn("harness-still-running: pid " + process.pid());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // The handle could not be watched; the harness is closed below either way.
            }
        });
        if (agent instanceof ProcessAgentSession process) {
            // The readers may still be taking the lines after the terminal: let them finish before counting.
            process.awaitThreads(STREAM_END_SLACK);
        }
        if (agent instanceof ProcessSessionInfo info) {
            // A process-backed adapter knows what the contract cannot carry: the exit code and what its own
            // normaliser dropped after the terminal.
            info.exitCode().ifPresent(code -> exitCode = exitCode == null ? code : exitCode);
            droppedAfterTerminal += info.droppedAfterTerminal();
            if (exitCode != null && exitCode > 128 && signal == null) {
                signal = signalName(exitCode - 128);
            }
        }
        closeAgent();
    }

    /** The name of a signal a shell reports as exit 128 + N. */
    static String signalName(int number) {
        return switch (number) {
            case 9 -> "SIGKILL";
            case 15 -> "SIGTERM";
            case 2 -> "SIGINT";
            case 1 -> "SIGHUP";
            case 6 -> "SIGABRT";
            case 11 -> "SIGSEGV";
            default -> "SIG" + number;
        };
    }

    private void closeAgent() {
        if (agent != null) {
            try {
                agent.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the harness of " + ctx.sessionId() + " failed");
            }
        }
    }

    // ---------------------------------------------------------------- verdict

    private void resolveVerdict(AgentEvent.Result result) {
        Path path = workarea.path();
        verdict = parts.verdicts().resolve(path, harnessStart, lastAssistantText, result);
        verdict.warnings().forEach(this::warn);
        BackstopCommitter.Outcome backstop = parts.backstop().commit(path, new BackstopCommitter.Commit(
                ctx.sessionId(), spec.issueIdentifier() != null ? spec.issueIdentifier() : canonicalRepository,
                model, null));
        if (backstop instanceof BackstopCommitter.TooManyFiles) {
            warn(BackstopCommitter.TOO_MANY_FILES);
        } else if (backstop instanceof BackstopCommitter.Failed failed) {
            warn("backstop-failed: " + failed.reason());
        }
        clean = backstop.clean();
        GitOutput head = parts.git().run(path, List.of("rev-parse", "-q", "--verify", "HEAD^{commit}"),
                GIT_TIMEOUT);
        String headSha = head.ok() ? head.out() : null;
        commitSha = verdict.commitSha() != null ? verdict.commitSha()
                : headSha != null && !headSha.equals(workarea.baseCommit()) ? headSha : null;
        BranchPusher.Outcome push = parts.pusher().push(path, canonicalRepository, currentBranch(path),
                workarea.baseCommit());
        if (push instanceof BranchPusher.Pushed) {
            pushed = true;
        } else if (push instanceof BranchPusher.Failed failed) {
            warn(failed.warning());
        }
    }

    private String currentBranch(Path path) {
        GitOutput current = parts.git().run(path, List.of("symbolic-ref", "-q", "--short", "HEAD"), GIT_TIMEOUT);
        return current.ok() && !current.out().isEmpty() ? current.out() : branch;
    }

    // ---------------------------------------------------------------- finishing

    private void failProvisioning(OutcomeResolver.ProvisioningFailure failure, String reason) {
        provisioningFailure = failure;
        provisioningReason = reason;
        finishSafely();
    }

    /** Steps 10–13; whatever happens, the session ends terminal and its completion completes. */
    private void finishSafely() {
        try {
            finish();
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "session " + ctx.sessionId() + " could not finish cleanly", e);
            if (!ctx.completion.isDone()) {
                onDone.run();
                ctx.completion.complete(lastResort());
            }
        }
    }

    private void finish() {
        if (eventsLog != null) {
            eventsLog.close();
        }
        OutcomeResolver.Outcome outcome = OutcomeResolver.resolve(ctx.stopMode().orElse(null), provisioningFailure,
                provisioningReason, terminal);
        Instant endedAt = config.clock().instant();
        String archivePath = null;
        String releaseMode = null;
        if (workarea != null) {
            Path agentDir = workarea.path().resolve(AGENT_DIR);
            ReleaseMode planned = parts.releases().plan(outcome.state(), clean, archiveOnly,
                    canonicalRepository == null ? null : poolKey(), ctx.admission.attempt());
            releaseMode = planned.wire();
            // Step 10: the result record, with the planned release mode, written while still finishing.
            SessionResult planRecord = result(outcome, endedAt, releaseMode, null);
            writeResult(agentDir, planRecord);
            // Step 11: keep .agent/ beyond the worktree, then release by outcome.
            Path archiveDir = parts.archiver().dirOf(ctx.sessionId(), ctx.admission.attempt());
            try {
                parts.archiver().scrub(agentDir, redactor);
            } catch (IOException | RuntimeException e) {
                warn("agent-scrub-failed: " + e.getClass().getSimpleName());
            }
            try {
                archivePath = parts.archiver().archive(agentDir, ctx.sessionId(), ctx.admission.attempt(),
                        manifest(outcome, endedAt)).toString();
            } catch (IOException | RuntimeException e) {
                warn("agent-archive-failed: " + e.getClass().getSimpleName());
            }
            WorkareaSteps.Released released = parts.workareas().release(workarea, planned, archiveDir,
                    ctx.admission.attempt());
            releaseMode = released.applied();
            if (released.warning() != null) {
                warn(released.warning());
            }
            if (ReleaseMode.RETURN_TO_POOL.wire().equals(released.applied())) {
                parts.releases().returned(poolKey());
            }
        }
        SessionResult result = result(outcome, endedAt, releaseMode, archivePath);
        if (archivePath != null) {
            try {
                parts.archiver().updateResult(ctx.sessionId(), ctx.admission.attempt(), result.toWire());
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot update the archived result of " + ctx.sessionId());
            }
        }
        // Step 12: terminal state, then the world hears of it.
        SessionState from = ctx.state();
        if (from == SessionState.RUNNING) {
            move(SessionState.FINISHING, b -> b);
            from = SessionState.FINISHING;
        }
        SessionHandle terminalHandle = ctx.transition(outcome.state(), b -> b.failureMode(outcome.failureMode())
                .endedAt(endedAt).verdict(result.verdict()).exitCode(exitCode).model(model));
        afterTransition(from, terminalHandle);
        spine.lifecycle(EventTopic.SESSION_ENDED, endedPayload(outcome, result));
        try {
            ctx.listener.onFinished(result);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
        // Step 13: free the slot before anyone waiting on the result can submit the next attempt.
        onDone.run();
        ctx.completion.complete(result);
    }

    private SessionResult result(OutcomeResolver.Outcome outcome, Instant endedAt, String releaseMode,
            String archivePath) {
        SecretRedactor r = redactor;
        Verdict v = verdict == null ? null : verdict.verdict();
        VerdictSource vs = verdict == null ? null : verdict.source();
        long durationMs = Math.max(0, (config.ticker().nanos() - ctx.acceptedNanos) / 1_000_000);
        return new SessionResult(ctx.sessionId(), ctx.admission.attempt(), ctx.admission.claimId(),
                ctx.admission.source(), outcome.state(), outcome.failureMode(), r.redact(outcome.reason()), v, vs,
                verdict == null ? "" : r.redact(verdict.summary()),
                verdict == null ? null : r.redact(verdict.blockedReason()),
                workarea == null ? null : workarea.baseCommit(), commitSha, branch, pushed,
                verdict == null ? null : r.redact(verdict.pullRequestUrl()), harnessId, model, nativeSessionId,
                exitCode, signal, meter.costUsd().orElse(null), meter.usage().orElse(null),
                terminal instanceof AgentEvent.Result res ? res.numTurns() : null,
                ctx.acceptedAt.truncatedTo(ChronoUnit.MILLIS), endedAt.truncatedTo(ChronoUnit.MILLIS), durationMs,
                workarea == null ? null : workarea.acquirePath(),
                workarea == null ? null : workarea.path().toString(), releaseMode, archivePath, eventCount,
                droppedAfterTerminal, 0, spine.dropped(), memory, warnings.stream().map(r::redact).toList());
    }

    private void writeResult(Path agentDir, SessionResult record) {
        try {
            parts.results().write(agentDir, record);
        } catch (IOException | RuntimeException e) {
            warn("result-record-failed: " + e.getClass().getSimpleName());
        }
    }

    private Map<String, Object> manifest(OutcomeResolver.Outcome outcome, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessionId", ctx.sessionId());
        m.put("attempt", ctx.admission.attempt());
        m.put("repository", canonicalRepository);
        m.put("ref", workarea.ref());
        m.put("baseCommit", workarea.baseCommit());
        GitOutput head = parts.git().run(workarea.path(), List.of("rev-parse", "-q", "--verify", "HEAD^{commit}"),
                GIT_TIMEOUT);
        m.put("headCommit", head.ok() ? head.out() : null);
        m.put("branch", branch);
        m.put("outcome", SessionOutcome.of(outcome.state(), outcome.failureMode()).wire());
        m.put("failureMode", outcome.failureMode() == null ? null : outcome.failureMode().protocolWire());
        m.put("archivedAt", at.truncatedTo(ChronoUnit.MILLIS).toString());
        return m;
    }

    /** A minimal record for a session whose finishing failed, so its completion still completes. */
    private SessionResult lastResort() {
        SessionState state = ctx.state().isTerminal() ? ctx.state() : SessionState.FAILED;
        FailureMode mode = state == SessionState.COMPLETED ? null
                : ctx.handle().failureMode() != null ? ctx.handle().failureMode()
                : agent == null ? FailureMode.SPAWN : FailureMode.HARNESS;
        Instant now = config.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        return new SessionResult(ctx.sessionId(), ctx.admission.attempt(), ctx.admission.claimId(),
                ctx.admission.source(), state, mode, "finish-failed", null, null, "", null, null, null, branch,
                false, null, harnessId, model, nativeSessionId, exitCode, signal, null, null, null,
                ctx.acceptedAt.truncatedTo(ChronoUnit.MILLIS), now, 0,
                workarea == null ? null : workarea.acquirePath(),
                workarea == null ? null : workarea.path().toString(), null, null, eventCount, droppedAfterTerminal, 0,
                spine.dropped(), memory, List.copyOf(warnings));
    }

    // ---------------------------------------------------------------- helpers

    private boolean stopped() {
        return ctx.stopMode().isPresent();
    }

    private void move(SessionState next, java.util.function.UnaryOperator<SessionHandle.Builder> change) {
        SessionState from = ctx.state();
        SessionHandle handle = ctx.transition(next, change);
        afterTransition(from, handle);
    }

    private void afterTransition(SessionState from, SessionHandle handle) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("from", from.wire());
        payload.put("to", handle.state().wire());
        spine.lifecycle(EventTopic.SESSION_STATUS_CHANGED, payload);
        notifyState(handle);
    }

    private void notifyState(SessionHandle handle) {
        try {
            ctx.listener.onStateChanged(handle);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
    }

    private void warn(String warning) {
        String redacted = redactor.redact(warning);
        warnings.add(redacted);
        LOG.log(System.Logger.Level.WARNING, "session " + ctx.sessionId() + ": " + redacted);
        try {
            ctx.listener.onWarning(ctx.sessionId(), redacted);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
    }

    private void listenerFailed(RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "session listener of " + ctx.sessionId() + " threw "
                + e.getClass().getSimpleName());
    }

    private String poolKey() {
        return ReleasePlanner.poolKey(canonicalRepository, workarea.ref(), ctx.toolchainKey);
    }

    private String canonicalRepository() {
        if (ctx.admission.canonicalRepository() != null) {
            return ctx.admission.canonicalRepository();
        }
        String repository = spec.repository();
        if (repository == null) {
            return null;
        }
        return BranchPusher.localPath(repository).filter(p -> !repository.startsWith("file:"))
                .map(Path::toString).orElse(repository);
    }

    private Map<String, String> runtimeVariables(String harness, Path promptFile) {
        String p = config.envPrefix() + "_";
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(p + "SESSION_ID", ctx.sessionId());
        vars.put(p + "ATTEMPT", Integer.toString(ctx.admission.attempt()));
        if (canonicalRepository != null) {
            vars.put(p + "REPOSITORY", canonicalRepository);
        }
        vars.put(p + "REF", workarea.ref());
        if (spec.projectId() != null) {
            vars.put(p + "PROJECT_ID", spec.projectId());
        }
        vars.put(p + "WORKAREA", workarea.path().toString());
        vars.put(HarnessEnv.promptFile(config.envPrefix()), promptFile.toString());
        // Harness options travel as JSON in <P>_<HARNESS>_OPTIONS: <P>_STUB_OPTIONS for the stub (sessions.md §4),
        // <P>_SHELL_OPTIONS for the shell harness, and so on.
        if (HarnessResolver.STUB.equals(harness) || !spec.harnessOptions().isEmpty()) {
            try {
                vars.put(HarnessEnv.options(config.envPrefix(), harness),
                        parts.json().writeValueAsString(spec.harnessOptions()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("harness options are JSON-shaped by contract", e);
            }
        }
        return vars;
    }

    private Map<String, String> promptValues(String memoryBlock) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("sessionId", ctx.sessionId());
        v.put("title", spec.title());
        v.put("body", spec.body());
        v.put("issueIdentifier", spec.issueIdentifier());
        v.put("repository", canonicalRepository == null ? "" : canonicalRepository);
        v.put("ref", workarea.ref());
        v.put("branch", branch);
        v.put("workType", spec.workType());
        v.put("promptContext", spec.promptContext());
        v.put("memoryBlock", memoryBlock);
        v.put("observationContract", parts.memory().observationContract());
        return v;
    }

    private Map<String, Object> admittedPayload() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", ctx.admission.source().wire());
        putIf(m, "harness", spec.harness() != null ? spec.harness() : config.defaultHarness());
        putIf(m, "repository", redactor.redact(spec.repository()));
        putIf(m, "workType", spec.workType());
        return m;
    }

    private Map<String, Object> startedPayload(Long pid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("harness", harnessId);
        putIf(m, "pid", pid);
        m.put("workareaPath", workarea.path().toString());
        m.put("acquirePath", workarea.acquirePath().wire());
        return m;
    }

    private Map<String, Object> endedPayload(OutcomeResolver.Outcome outcome, SessionResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", SessionOutcome.of(outcome.state(), outcome.failureMode()).wire());
        m.put("state", outcome.state().wire());
        putIf(m, "failureMode", outcome.failureMode() == null ? null : outcome.failureMode().protocolWire());
        putIf(m, "verdict", result.verdict() == null ? null : result.verdict().wire());
        putIf(m, "costUsd", result.costUsd());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String describe(RuntimeException e) {
        return e instanceof ProviderException ? WorkareaSteps.describe(e) : e.getClass().getSimpleName();
    }
}
