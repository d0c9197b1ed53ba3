package dev.donmai.runtime.api;

import static dev.donmai.runtime.fakes.session.TestGit.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.events.EventTopic;
import dev.donmai.contracts.events.ExecutionEventEnvelope;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionMode;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.contracts.vcs.Trailers;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.runtime.fakes.TestRegistries;
import dev.donmai.runtime.fakes.session.CloneWorkareaProvider;
import dev.donmai.runtime.fakes.session.FakeEndpointProvider;
import dev.donmai.runtime.fakes.session.ManualTicker;
import dev.donmai.runtime.fakes.session.Script;
import dev.donmai.runtime.fakes.session.ScriptedAgentSession;
import dev.donmai.runtime.fakes.session.ScriptedHarnessProvider;
import dev.donmai.runtime.fakes.session.TestGit;
import dev.donmai.runtime.spi.RecordingExecutionEventSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine end to end over the real registry, real git repositories, a cloning workarea fake and a scripted
 * harness: states, failure modes, verdict sources, branches and commits, release modes, logs, spine and stops.
 */
class SessionEngineTest {

    private static final String DAEMON_SECRET = "ghp_" + "d".repeat(36);
    private static final String ITEM_SECRET = "item-secret-value-42";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final ScriptedHarnessProvider harness = new ScriptedHarnessProvider("stub");
    private final CloneWorkareaProvider workareas = new CloneWorkareaProvider();
    private final RecordingExecutionEventSink sink = new RecordingExecutionEventSink();
    private final ManualTicker ticker = new ManualTicker();
    private final Recorder recorder = new Recorder();
    private Path repo;
    private Path stateHome;
    private ProviderRegistry registry;
    private SessionEngine engine;

    @BeforeEach
    void setUp() {
        repo = TestGit.repo(dir.resolve("repo"));
        stateHome = dir.resolve("home");
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).clock(Clock.systemUTC()).build());
        registry.register(harness.factory());
        registry.register(CloneWorkareaProvider.factory(workareas));
        registry.register(FakeEndpointProvider.factory());
        registry.load();
        engine = SessionEngine.create(config(b -> b), registry);
    }

    @AfterEach
    void tearDown() {
        engine.close();
        registry.close();
    }

    private SessionEngineConfig config(UnaryOperator<SessionEngineConfig.Builder> change) {
        return change.apply(SessionEngineConfig.builder(stateHome)
                .daemonEnv(Map.of("PATH", "/usr/bin:/bin", "GITHUB_TOKEN", DAEMON_SECRET, "DONMAI_HOME", "/x"))
                .killGraceSeconds(1)
                .watchdogInterval(Duration.ofMillis(20))
                .eventSink(sink)
                .ticker(ticker)).build();
    }

    private void restart(UnaryOperator<SessionEngineConfig.Builder> change) {
        engine.close();
        engine = SessionEngine.create(config(change), registry);
    }

    private SessionSpec.Builder spec(String id) {
        return SessionSpec.builder(id).repository(repo.toString()).ref("main").title("Add STUB.md").body("Please.");
    }

    // ------------------------------------------------------------------ verdict sources and release

    @Test
    void succeedWithCommitAndTurnResult() throws IOException {
        harness.script("s-ok", Script.of().init().text("Working.")
                .toolUse("t1", "bash", Map.of("command", "ls")).toolResult("t1", "README.md")
                .act(wa -> {
                    String sha = TestGit.commitFile(wa, "STUB.md", "stub\n", "Add STUB.md");
                    TestGit.write(wa.resolve(".agent/turn-result.json"), "{\"schemaVersion\":1,\"verdict\":\"passed\","
                            + "\"summary\":\"added STUB.md\",\"commitSha\":\"" + sha + "\"}");
                })
                .success("done"));

        SessionResult result = engine.run(spec("s-ok").build(), recorder);

        assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(result.failureMode()).isNull();
        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.verdictSource()).isEqualTo(VerdictSource.TURN_RESULT);
        assertThat(result.summary()).isEqualTo("added STUB.md");
        assertThat(result.branch()).isEqualTo("agent/s-ok");
        assertThat(result.harness()).isEqualTo("stub");
        assertThat(result.model()).isEqualTo("fake-model");
        assertThat(result.nativeSessionId()).isEqualTo("native-1");
        assertThat(result.costUsd()).isEqualTo(0.01);
        assertThat(result.numTurns()).isEqualTo(1);
        assertThat(result.eventCount()).isEqualTo(5);
        assertThat(result.passed()).isTrue();
        // The branch went back into the user's repository; their checkout is untouched.
        assertThat(result.pushed()).isTrue();
        assertThat(git(repo, "rev-parse", "refs/heads/agent/s-ok")).isEqualTo(result.commitSha());
        assertThat(git(repo, "log", "-1", "--format=%s", "agent/s-ok")).isEqualTo("Add STUB.md");
        assertThat(git(repo, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(result.baseCommit()).isEqualTo(git(repo, "rev-parse", "main"));
        // Clean after the backstop: back to the pool.
        assertThat(result.releaseMode()).isEqualTo("return-to-pool");
        assertThat(workareas.releases).extracting(CloneWorkareaProvider.Release::mode)
                .containsExactly(ReleaseMode.RETURN_TO_POOL);
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("harness-auto-stub"));
        assertThat(recorder.states("s-ok")).containsExactly(SessionState.ACCEPTED, SessionState.PROVISIONING,
                SessionState.RUNNING, SessionState.FINISHING, SessionState.COMPLETED);
        assertThat(recorder.finished).containsExactly(result);

        Path archive = stateHome.resolve("workareas/s-ok-1");
        assertThat(result.archivePath()).isEqualTo(archive.toString());
        List<JsonNode> events = jsonLines(archive.resolve("agent/events.jsonl"));
        assertThat(events).extracting(e -> e.get("kind").asText()).containsExactly("init", "assistant_text",
                "tool_use", "tool_result", "result");
        JsonNode resultJson = json.readTree(archive.resolve("agent/result.json").toFile());
        assertThat(resultJson.get("releaseMode").asText()).isEqualTo("return-to-pool");
        assertThat(resultJson.get("verdictSource").asText()).isEqualTo("turn-result");
        assertThat(resultJson.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(resultJson.has("failureMode")).isFalse();
        JsonNode manifest = json.readTree(archive.resolve("manifest.json").toFile());
        assertThat(manifest.get("outcome").asText()).isEqualTo("succeeded");
        assertThat(manifest.get("headCommit").asText()).isEqualTo(result.commitSha());
        assertThat(Files.readString(archive.resolve("agent/system-prompt.md"))).contains("## Result contract");
        assertThat(Files.readString(archive.resolve("agent/prompt.md"))).isEqualTo("# Add STUB.md\n\nPlease.");
    }

    @Test
    void markerVerdictAndTheBackstopCommitsWhatWasLeft() {
        harness.script("s-marker", Script.of().init()
                .act(wa -> TestGit.write(wa.resolve("notes.txt"), "left uncommitted"))
                .text("All good. WORK_RESULT:passed").success("done"));

        SessionResult result = engine.run(spec("s-marker").issueIdentifier("ENG-9").build(), recorder);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.verdictSource()).isEqualTo(VerdictSource.MARKER);
        String message = git(repo, "log", "-1", "--format=%B", "agent/s-marker");
        assertThat(message).startsWith("Backstop: s-marker (ENG-9)");
        assertThat(Trailers.valuesOf(message, Trailers.SESSION_ID)).containsExactly("s-marker");
        assertThat(Trailers.valuesOf(message, Trailers.MODEL)).containsExactly("fake-model");
        assertThat(result.commitSha()).isEqualTo(git(repo, "rev-parse", "agent/s-marker"));
        assertThat(result.releaseMode()).isEqualTo("return-to-pool");
    }

    @Test
    void withoutTurnResultOrMarkerTheVerdictIsUnverified() {
        harness.script("s-plain", Script.of().init().text("I did things.").success("finished"));

        SessionResult result = engine.run(spec("s-plain").build(), recorder);

        assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(result.verdictSource()).isEqualTo(VerdictSource.BACKSTOP);
        assertThat(result.summary()).isEqualTo("finished");
        assertThat(result.commitSha()).isNull();
        assertThat(result.pushed()).isFalse();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void tooManyFilesAbortTheBackstopAndArchive() {
        harness.script("s-many", Script.of().init().act(wa -> {
            for (int i = 0; i < 201; i++) {
                TestGit.write(wa.resolve("gen/f" + i), "x");
            }
        }).success("done"));

        SessionResult result = engine.run(spec("s-many").build(), recorder);

        assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(result.warnings()).contains("backstop-too-many-files");
        assertThat(result.releaseMode()).isEqualTo("archive");
    }

    @Test
    void theProviderMayApplyAnotherReleaseMode() {
        workareas.applying(ReleaseMode.DESTROY);

        SessionResult result = engine.run(spec("s-destroy").build(), recorder);

        assertThat(result.releaseMode()).isEqualTo("destroy");
        assertThat(result.warnings()).contains("release: pool-full");
    }

    @Test
    void poolOffMeansDestroy() {
        restart(b -> b.poolEnabled(false));

        assertThat(engine.run(spec("s-nopool").build(), recorder).releaseMode()).isEqualTo("destroy");
    }

    @Test
    void aSessionWithoutRepositoryGetsAnEmptyRepositoryThatIsArchived() {
        harness.script("s-empty", Script.of().init().act(wa -> TestGit.write(wa.resolve("hello.txt"), "hi"))
                .success("done"));

        SessionResult result = engine.run(SessionSpec.builder("s-empty").prompt("say hi").build(), recorder);

        assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(result.baseCommit()).isNull();
        assertThat(result.commitSha()).isNotNull();
        assertThat(result.releaseMode()).isEqualTo("archive");
        Path tree = stateHome.resolve("workareas/s-empty-1/tree");
        assertThat(git(tree, "log", "-1", "--format=%s")).isEqualTo("Backstop: s-empty");
        assertThat(git(tree, "symbolic-ref", "--short", "HEAD")).isEqualTo("agent/s-empty");
        assertThat(workareas.acquired).singleElement().satisfies(spec -> assertThat(spec.source()).isNull());
        assertThat(workareas.releases).isEmpty();
    }

    @Test
    void theWorkareaGetsTheResolvedToolchainAndTheArchiveTheAttempt() {
        harness.script("s-tc", Script.of().init().failure("error_during_execution"));

        SessionResult result = engine.run(spec("s-tc").toolchain(Map.of("java", ">=11")).build(), recorder);

        assertThat(workareas.acquired.get(0).toolchain()).containsOnlyKeys("java")
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(v -> v.matches("\\d+(\\.\\d+)*"),
                        "a version"));
        assertThat(workareas.releases).singleElement().satisfies(r ->
                assertThat(r.mode()).isEqualTo(new ReleaseMode.Archive("1")));
        assertThat(result.releaseMode()).isEqualTo("archive");
    }

    // ------------------------------------------------------------------ failures

    @Test
    void anUnsuccessfulResultIsAHarnessFailureAndArchived() {
        harness.script("s-fail", Script.of().init().text("Trying.").failure("error_during_execution"));

        SessionResult result = engine.run(spec("s-fail").build(), recorder);

        assertThat(result.state()).isEqualTo(SessionState.FAILED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(result.reason()).isEqualTo("error_during_execution");
        // A Result, even an unsuccessful one, still gets verdict resolution (sessions.md §9).
        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(result.verdictSource()).isEqualTo(VerdictSource.BACKSTOP);
        assertThat(result.releaseMode()).isEqualTo("archive");
        assertThat(result.toWire()).containsEntry("failureMode", "FailureHarness").containsEntry("verdict",
                "unverified");
        assertThat(Path.of(result.workareaPath())).isDirectory();
    }

    @Test
    void aSilentExitIsAHarnessFailure() {
        harness.script("s-silent", Script.of().init().text("bye"));

        SessionResult result = engine.run(spec("s-silent").build(), recorder);

        assertThat(result.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(result.reason()).isEqualTo("silent-exit");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void aMidStreamErrorEndsTheSession() {
        harness.script("s-mid", Script.of().init().text("a").unparsed("not json").error("upstream-error", 2)
                .text("late 1").text("late 2"));

        SessionResult result = engine.run(spec("s-mid").build(), recorder);

        assertThat(result.state()).isEqualTo(SessionState.FAILED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(result.reason()).isEqualTo("upstream-error");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(recorder.kinds("s-mid")).containsExactly("init", "assistant_text", "system", "error");
        assertThat(harness.sessions.get(0).dropped()).isEqualTo(2);
    }

    @Test
    void aWorkareaFailureFailsWithoutSpawning() {
        SessionResult result = engine.run(spec("s-wa").repository(dir.resolve("missing").toString()).build(),
                recorder);

        assertThat(result.state()).isEqualTo(SessionState.FAILED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.WORKAREA);
        assertThat(result.reason()).isEqualTo("workarea: clone-failed");
        assertThat(result.workareaPath()).isNull();
        assertThat(harness.spawned).isEmpty();
        assertThat(recorder.states("s-wa")).containsExactly(SessionState.ACCEPTED, SessionState.PROVISIONING,
                SessionState.FAILED);
    }

    @Test
    void aSpawnFailureFailsAndArchives() {
        harness.script("s-spawn", Script.of().failingSpawn());

        SessionResult result = engine.run(spec("s-spawn").build(), recorder);

        assertThat(result.failureMode()).isEqualTo(FailureMode.SPAWN);
        assertThat(result.reason()).isEqualTo("spawn: cannot-start");
        assertThat(result.releaseMode()).isEqualTo("archive");
    }

    @Test
    void aTemplateThatCannotBeReadIsAPromptRenderFailure() throws IOException {
        Files.createDirectories(stateHome.resolve("prompts"));
        Files.write(stateHome.resolve("prompts/system.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});

        SessionResult result = engine.run(spec("s-render").build(), recorder);

        assertThat(result.failureMode()).isEqualTo(FailureMode.SPAWN);
        assertThat(result.reason()).isEqualTo("prompt-render");
        assertThat(harness.spawned).isEmpty();
    }

    // ------------------------------------------------------------------ stops and watchdogs

    @Test
    void operatorStopTerminatesFirstWriterWinsAndArchives() throws InterruptedException {
        harness.script("s-stop", Script.of().init().hang());
        SessionRun run = engine.start(spec("s-stop").build(), recorder);
        awaitState(run, SessionState.RUNNING);

        assertThat(engine.stop("s-stop", FailureMode.OPERATOR_CANCELLED))
                .isEqualTo(new StopResult.Stopping("s-stop", FailureMode.OPERATOR_CANCELLED, true));
        assertThat(run.stop(FailureMode.TIMEOUT))
                .isEqualTo(new StopResult.Stopping("s-stop", FailureMode.OPERATOR_CANCELLED, false));
        SessionResult result = run.await(WAIT).orElseThrow();

        assertThat(result.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.OPERATOR_CANCELLED);
        assertThat(result.verdict()).isNull();
        assertThat(result.releaseMode()).isEqualTo("archive");
        assertThat(harness.sessions.get(0).stopMode()).isEqualTo(StopMode.GRACEFUL);
        assertThat(recorder.kinds("s-stop")).endsWith("error");
        assertThat(engine.stop("s-stop", FailureMode.OPERATOR_CANCELLED))
                .isEqualTo(new StopResult.NotFound("s-stop"));
        assertThat(engine.stop("nope", FailureMode.TIMEOUT)).isEqualTo(new StopResult.NotFound("nope"));
        assertThatThrownBy(() -> engine.stop("s-stop", FailureMode.HARNESS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sessionEnded("s-stop").payload()).containsEntry("outcome", "cancelled");
    }

    @Test
    void aStopDuringProvisioningAbortsBeforeSpawn() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        workareas.gatedBy(gate);
        SessionRun run = engine.start(spec("s-early").build(), recorder);
        assertThat(workareas.acquiring.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(run.stop(FailureMode.LOST_OWNERSHIP)).isInstanceOf(StopResult.Stopping.class);
        gate.countDown();
        SessionResult result = run.await(WAIT).orElseThrow();

        assertThat(result.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.LOST_OWNERSHIP);
        assertThat(harness.spawned).isEmpty();
        assertThat(workareas.releases).extracting(r -> r.mode().wire()).containsExactly("archive");
        assertThat(recorder.states("s-early")).containsExactly(SessionState.ACCEPTED, SessionState.PROVISIONING,
                SessionState.TERMINATED);
    }

    @Test
    void noProgressWatchdogWithAControlledTicker() throws InterruptedException {
        restart(b -> b.noProgressTimeoutSeconds(10));
        harness.script("s-np", Script.of().init().hang());
        SessionRun run = engine.start(spec("s-np").build(), recorder);
        awaitState(run, SessionState.RUNNING);
        await().atMost(WAIT).until(() -> recorder.kinds("s-np").contains("init"));

        ticker.advance(Duration.ofSeconds(11));
        SessionResult result = run.await(WAIT).orElseThrow();

        assertThat(result.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.NO_PROGRESS);
        assertThat(result.toWire()).containsEntry("failureMode", "FailureNoProgress");
    }

    @Test
    void maxDurationFromTheItem() throws InterruptedException {
        harness.script("s-to", Script.of().init().hang());
        SessionRun run = engine.start(spec("s-to").maxDurationSeconds(5L).build(), recorder);
        awaitState(run, SessionState.RUNNING);

        ticker.advance(Duration.ofSeconds(6));
        SessionResult result = run.await(WAIT).orElseThrow();

        assertThat(result.failureMode()).isEqualTo(FailureMode.TIMEOUT);
        assertThat(sessionEnded("s-to").payload()).containsEntry("outcome", "expired");
    }

    @Test
    void budgetFromSystemNoticeCost() {
        harness.script("s-budget", Script.of().init().notice(1.0, 10, 10).notice(2.0, 20, 20).notice(3.0, 30, 30)
                .hang());

        SessionResult result = engine.run(spec("s-budget").budget(new SessionSpec.Budget(2.5, null)).build(),
                recorder);

        assertThat(result.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.BUDGET);
        assertThat(result.costUsd()).isEqualTo(3.0);
    }

    @Test
    void anAdapterThatIgnoresTheStopIsKilledAfterGracePlusFiveSeconds() throws InterruptedException {
        harness.script("s-stuck", Script.of().init().hang().ignoringStop());
        SessionRun run = engine.start(spec("s-stuck").build(), recorder);
        awaitState(run, SessionState.RUNNING);
        run.stop(FailureMode.OPERATOR_CANCELLED);
        assertThat(run.await(Duration.ofMillis(300))).isEmpty();

        ticker.advance(Duration.ofSeconds(6));
        SessionResult result = run.await(WAIT).orElseThrow();

        assertThat(result.failureMode()).isEqualTo(FailureMode.OPERATOR_CANCELLED);
        assertThat(result.signal()).isEqualTo("SIGKILL");
        ScriptedAgentSession session = harness.sessions.get(0);
        assertThat(session.closed()).isTrue();
        assertThat(recorder.events("s-stuck").get(recorder.events("s-stuck").size() - 1))
                .isInstanceOfSatisfying(AgentEvent.Error.class, e -> {
                    assertThat(e.code()).isEqualTo("killed");
                    assertThat(e.message()).isEqualTo("operator-cancelled");
                });
    }

    @Test
    void closeStopsLiveSessionsAsHostShutdown() throws InterruptedException {
        harness.script("s-close", Script.of().init().hang());
        SessionRun run = engine.start(spec("s-close").build(), recorder);
        awaitState(run, SessionState.RUNNING);

        engine.close();

        SessionResult result = run.await(WAIT).orElseThrow();
        assertThat(result.failureMode()).isEqualTo(FailureMode.CRASH);
        assertThatThrownBy(() -> engine.start(spec("s-after").build(), recorder))
                .isInstanceOfSatisfying(SessionRefusedException.class,
                        e -> assertThat(e.refusal()).isInstanceOf(SessionRefusedException.EngineClosed.class));
    }

    @Test
    void runStopsTheSessionWhenItsCallerIsInterrupted() throws InterruptedException {
        harness.script("s-int", Script.of().init().hang());
        List<SessionResult> results = new CopyOnWriteArrayList<>();
        Thread caller = new Thread(() -> results.add(engine.run(spec("s-int").build(), recorder)));
        caller.start();
        await().atMost(WAIT).until(() -> recorder.kinds("s-int").contains("init"));

        caller.interrupt();
        caller.join(WAIT.toMillis());

        assertThat(results).singleElement().satisfies(r ->
                assertThat(r.failureMode()).isEqualTo(FailureMode.OPERATOR_CANCELLED));
    }

    // ------------------------------------------------------------------ admission

    @Test
    void admissionRefusals() throws InterruptedException {
        assertRefused(spec("s-h").harness("nope").build(), "harness \"nope\" is not available");
        assertRefused(spec("s-o").harnessOptions(Map.of("behaviour", "explode")).build(),
                "invalid harnessOptions: behaviour is not valid");
        assertRefused(spec("s-m").mode(SessionMode.INTERACTIVE).build(), "mode \"interactive\" is not supported");
        assertRefused(spec("s-t").toolchain(Map.of("zig", "0.11")).build(), "toolchain unmet: zig 0.11 (found none)");

        harness.script("s-dup", Script.of().init().hang());
        SessionRun run = engine.start(spec("s-dup").build(), recorder);
        assertRefused(spec("s-dup").build(), "session \"s-dup\" already exists");
        run.stop(FailureMode.OPERATOR_CANCELLED);
        run.await(WAIT);
        assertRefused(spec("s-dup").build(), "session \"s-dup\" already exists");
        // A new attempt of the same session is admitted.
        harness.script("s-dup", Script.of().init().success("ok"));
        SessionResult second = engine.start(spec("s-dup").build(),
                new SessionAdmission(2, SessionSource.ORCHESTRATOR, "claim-1", null), recorder).await(WAIT)
                .orElseThrow();
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.claimId()).isEqualTo("claim-1");
        assertThat(second.source()).isEqualTo(SessionSource.ORCHESTRATOR);
    }

    @Test
    void capacityIsEnforced() throws InterruptedException {
        restart(b -> b.maxConcurrentSessions(1));
        harness.script("s-c1", Script.of().init().hang());
        SessionRun first = engine.start(spec("s-c1").build(), recorder);

        assertRefused(spec("s-c2").build(), "at capacity (1/1 sessions)");
        first.stop(FailureMode.OPERATOR_CANCELLED);
        first.await(WAIT);
        assertThat(engine.run(spec("s-c2").build(), recorder).state()).isEqualTo(SessionState.COMPLETED);
    }

    @Test
    void handlesAreKeptAfterTheSessionEnds() {
        engine.run(spec("s-h1").build(), recorder);

        SessionHandle handle = engine.session("s-h1").orElseThrow();
        assertThat(handle.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(handle.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(handle.harness()).isEqualTo("stub");
        assertThat(handle.endedAt()).isNotNull();
        assertThat(handle.source()).isEqualTo(SessionSource.API);
        assertThat(engine.sessions()).extracting(SessionHandle::sessionId).contains("s-h1");
        assertThat(engine.session("unknown")).isEmpty();
    }

    // ------------------------------------------------------------------ environment, prompts, secrets, spine

    @Test
    void spawnGetsTheComposedEnvironmentAndPrompts() {
        engine.run(spec("s-env").env(Map.of("ITEM_VAR", "1", "DONMAI_FORGED", "x"))
                .harnessOptions(Map.of("behaviour", "succeed-with-commit")).projectId("p1").build(), recorder);

        SpawnSpec spawned = harness.spawned.get(0);
        Path wa = stateHome.resolve("provider-data/workarea/clone/worktrees/s-env");
        assertThat(spawned.cwd()).isEqualTo(wa);
        assertThat(spawned.env()).containsEntry("DONMAI_SESSION_ID", "s-env").containsEntry("DONMAI_ATTEMPT", "1")
                .containsEntry("DONMAI_REPOSITORY", repo.toString()).containsEntry("DONMAI_REF", "main")
                .containsEntry("DONMAI_PROJECT_ID", "p1").containsEntry("DONMAI_WORKAREA", wa.toString())
                .containsEntry("DONMAI_PROMPT_FILE", wa.resolve(".agent/prompt.md").toString())
                .containsEntry("DONMAI_STUB_OPTIONS", "{\"behaviour\":\"succeed-with-commit\"}")
                .containsEntry("ITEM_VAR", "1").containsEntry("GIT_AUTHOR_NAME", "Donmai Agent")
                .containsEntry("PATH", "/usr/bin:/bin").containsEntry("GITHUB_TOKEN", DAEMON_SECRET)
                .doesNotContainKeys("DONMAI_HOME", "DONMAI_FORGED");
        assertThat(spawned.prompt()).isEqualTo("# Add STUB.md\n\nPlease.");
        assertThat(spawned.baseInstructions()).contains("agent/s-env").endsWith("`blockedReason`).\n");
        assertThat(spawned.endpoint().company()).isEqualTo("fake");
        assertThat(workareas.acquired.get(0).source().ref()).isEqualTo("main");
    }

    @Test
    void secretsNeverReachLogsResultsOrTheSpine() throws IOException {
        harness.script("s-secret", Script.of().init()
                .text("token is " + DAEMON_SECRET + " and " + ITEM_SECRET)
                .toolUse("t1", "bash", Map.of("command", "echo " + ITEM_SECRET, "api_key", "k-123456789"))
                .toolResult("t1", "export API_TOKEN=abcdef123456")
                .success("done " + ITEM_SECRET));

        SessionResult result = engine.run(spec("s-secret").env(Map.of("ITEM_KEY", ITEM_SECRET)).build(), recorder);

        Path archive = stateHome.resolve("workareas/s-secret-1");
        String everything = Files.readString(archive.resolve("agent/events.jsonl"))
                + Files.readString(archive.resolve("agent/result.json"))
                + json.writeValueAsString(result.toWire())
                + json.writeValueAsString(sink.forSession("s-secret").stream()
                        .map(ExecutionEventEnvelope::payload).toList())
                + recorder.events("s-secret");
        assertThat(everything).doesNotContain(DAEMON_SECRET, ITEM_SECRET, "k-123456789", "abcdef123456")
                .contains("[REDACTED:ITEM_KEY]", "[REDACTED:GITHUB_TOKEN]");
        assertThat(result.summary()).isEqualTo("done [REDACTED:ITEM_KEY]");
    }

    @Test
    void agentFilesAreScrubbedInTheArchiveAndTheArchivedTree() throws IOException {
        harness.script("s-scrub", Script.of().init()
                .act(wa -> TestGit.write(wa.resolve(".agent/harness.stderr.log"), "leaked " + ITEM_SECRET + "\n"))
                .failure("error_during_execution"));

        SessionResult result = engine.run(spec("s-scrub").env(Map.of("ITEM_KEY", ITEM_SECRET)).build(), recorder);

        assertThat(result.releaseMode()).isEqualTo("archive");
        assertThat(Files.readString(stateHome.resolve("workareas/s-scrub-1/agent/harness.stderr.log")))
                .isEqualTo("leaked [REDACTED:ITEM_KEY]\n");
        assertThat(Files.readString(Path.of(result.workareaPath()).resolve(".agent/harness.stderr.log")))
                .isEqualTo("leaked [REDACTED:ITEM_KEY]\n");
    }

    @Test
    void theSpineGetsContiguousSequencesAcrossAttempts() throws InterruptedException {
        engine.run(spec("s-spine").build(), recorder);
        engine.start(spec("s-spine").build(), new SessionAdmission(2, SessionSource.API, null, null), recorder)
                .await(WAIT).orElseThrow();

        List<ExecutionEventEnvelope> envelopes = sink.forSession("s-spine");
        assertThat(envelopes).extracting(ExecutionEventEnvelope::sequence)
                .containsExactlyElementsOf(sequence(1, envelopes.size()));
        List<EventTopic> firstAttempt = envelopes.stream().filter(e -> e.payload().get("attempt").equals(1))
                .map(ExecutionEventEnvelope::topic).toList();
        assertThat(firstAttempt).startsWith(EventTopic.SESSION_ADMITTED, EventTopic.SESSION_STATUS_CHANGED)
                .contains(EventTopic.SESSION_STARTED, EventTopic.SESSION_IDENTITY_RESOLVED)
                .endsWith(EventTopic.SESSION_STATUS_CHANGED, EventTopic.SESSION_ENDED);
        assertThat(envelopes.get(envelopes.size() - 1).payload()).containsEntry("attempt", 2)
                .containsEntry("outcome", "succeeded");
    }

    // ------------------------------------------------------------------ helpers

    private ExecutionEventEnvelope sessionEnded(String sessionId) {
        return sink.forSession(sessionId).stream().filter(e -> e.topic() == EventTopic.SESSION_ENDED).findFirst()
                .orElseThrow();
    }

    private void assertRefused(SessionSpec spec, String message) {
        assertThatThrownBy(() -> engine.start(spec, recorder)).isInstanceOf(SessionRefusedException.class)
                .hasMessage(message);
    }

    private static void awaitState(SessionRun run, SessionState state) {
        await().atMost(WAIT).until(() -> run.handle().state() == state);
    }

    private List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(json.readTree(line));
        }
        return out;
    }

    private static List<Long> sequence(long from, long count) {
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            out.add(from + i);
        }
        return out;
    }

    /** Records what a listener hears, per session. */
    static final class Recorder implements SessionListener {
        final List<SessionHandle> handles = new CopyOnWriteArrayList<>();
        final List<Map.Entry<String, AgentEvent>> events = new CopyOnWriteArrayList<>();
        final List<SessionResult> finished = new CopyOnWriteArrayList<>();

        @Override
        public void onStateChanged(SessionHandle handle) {
            handles.add(handle);
        }

        @Override
        public void onEvent(String sessionId, AgentEvent event) {
            events.add(Map.entry(sessionId, event));
        }

        @Override
        public void onFinished(SessionResult result) {
            finished.add(result);
        }

        List<SessionState> states(String sessionId) {
            return handles.stream().filter(h -> h.sessionId().equals(sessionId)).map(SessionHandle::state).toList();
        }

        List<AgentEvent> events(String sessionId) {
            return events.stream().filter(e -> e.getKey().equals(sessionId)).map(Map.Entry::getValue).toList();
        }

        List<String> kinds(String sessionId) {
            return events(sessionId).stream().map(AgentEvent::kind).toList();
        }
    }
}
