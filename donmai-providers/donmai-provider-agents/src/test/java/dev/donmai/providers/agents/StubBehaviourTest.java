package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.info;
import static dev.donmai.providers.agents.HarnessRig.kinds;
import static dev.donmai.providers.agents.HarnessRig.next;
import static dev.donmai.providers.agents.HarnessRig.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.runtime.spi.harness.StubBehaviour;
import dev.donmai.runtime.spi.harness.StubOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stub behaviour of sessions.md §12 produces its event sequence and side effects. */
class StubBehaviourTest {

    @TempDir
    Path cwd;

    private final HarnessRig rig = HarnessRig.of(new StubHarnessFactory(), Map.of());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void succeedWithCommitCommitsAndWritesTheTurnResult() throws Exception {
        git("init", "-q", "-b", "agent/s1");
        Files.writeString(cwd.resolve("README.md"), "hello\n");
        git("add", "README.md");
        git("commit", "-q", "-m", "initial");
        List<AgentEvent> events = drain(rig.spawn(spec(StubOptions.DEFAULTS, Map.of("DONMAI_SESSION_ID", "s1"))));

        assertThat(kinds(events)).containsExactly("init", "assistant_text", "tool_use", "tool_result",
                "assistant_text", "result");
        AgentEvent.Result result = (AgentEvent.Result) events.get(5);
        assertThat(result.success()).isTrue();
        assertThat(result.costUsd()).isEqualTo(0.01);
        String head = git("rev-parse", "HEAD").strip();
        assertThat(git("show", "--name-only", "--format=%s", "HEAD")).contains("stub: add STUB.md", "STUB.md");
        assertThat(git("rev-parse", "--abbrev-ref", "HEAD").strip()).isEqualTo("agent/s1");
        assertThat(Files.readString(cwd.resolve("STUB.md"))).contains("session s1");
        JsonNode turn = Json.MAPPER.readTree(cwd.resolve(".agent/turn-result.json").toFile());
        assertThat(turn.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(turn.get("verdict").asText()).isEqualTo("passed");
        assertThat(turn.get("summary").asText()).isNotBlank();
        assertThat(turn.get("commitSha").asText()).isEqualTo(head);
        assertThat(git("status", "--porcelain", "--", "STUB.md")).isEmpty();
    }

    @Test
    void failEndsWithAFailedResultAndExitOne() {
        AgentSession session = rig.spawn(spec(StubOptions.DEFAULTS.withBehaviour(StubBehaviour.FAIL), Map.of()));
        List<AgentEvent> events = drain(session);
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "result");
        AgentEvent.Result result = (AgentEvent.Result) events.get(2);
        assertThat(result.success()).isFalse();
        assertThat(result.subtype()).isEqualTo("error_during_execution");
        await().atMost(Duration.ofSeconds(5)).until(() -> info(session).exitCode().isPresent());
        assertThat(info(session).exitCode()).hasValue(1);
    }

    @Test
    void silentExitIsAnError() {
        List<AgentEvent> events = drain(rig.spawn(spec(StubOptions.DEFAULTS.withBehaviour(StubBehaviour.SILENT_EXIT),
                Map.of())));
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "error");
        AgentEvent.Error error = (AgentEvent.Error) events.get(2);
        assertThat(error.code()).isEqualTo("silent-exit");
        assertThat(error.exitCode()).isZero();
    }

    @Test
    void midStreamErrorDropsTheTwoLaterTexts() {
        AgentSession session = rig.spawn(spec(StubOptions.DEFAULTS.withBehaviour(StubBehaviour.MID_STREAM_ERROR),
                Map.of()));
        List<AgentEvent> events = drain(session);
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "system", "error");
        assertThat(((AgentEvent.SystemNotice) events.get(2)).subtype()).isEqualTo("unparsed");
        assertThat(((AgentEvent.SystemNotice) events.get(2)).data()).isEqualTo("stub: this line is not JSON");
        assertThat(((AgentEvent.Error) events.get(3)).code()).isEqualTo("upstream-error");
        await().atMost(Duration.ofSeconds(5)).until(() -> info(session).droppedAfterTerminal() == 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> info(session).exitCode().isPresent());
        assertThat(info(session).exitCode()).hasValue(2);
    }

    @Test
    void slowOutputSpacesItsTextsAndEndsWithTheMarker() {
        AgentSession session = rig.spawn(spec(new StubOptions(StubBehaviour.SLOW_OUTPUT, 4, 150, false), Map.of()));
        List<Long> arrivals = new ArrayList<>();
        List<AgentEvent> events = new ArrayList<>();
        while (!session.events().isFinished()) {
            next(session, Duration.ofSeconds(10)).ifPresent(e -> {
                events.add(e);
                arrivals.add(System.nanoTime());
            });
        }
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "assistant_text", "assistant_text",
                "assistant_text", "result");
        List<AgentEvent.AssistantText> texts = only(events, AgentEvent.AssistantText.class);
        assertThat(texts.get(3).text()).contains("WORK_RESULT:passed");
        assertThat(texts.subList(0, 3)).noneMatch(t -> t.text().contains("WORK_RESULT"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(arrivals.get(4) - arrivals.get(1))).isGreaterThanOrEqualTo(400);
        assertThat(((AgentEvent.Result) events.get(5)).success()).isTrue();
    }

    @Test
    void costOverrunReportsARisingCostUntilStopped() {
        AgentSession session = rig.spawn(spec(StubOptions.DEFAULTS.withBehaviour(StubBehaviour.COST_OVERRUN),
                Map.of()));
        List<AgentEvent> events = new ArrayList<>();
        while (only(events, AgentEvent.SystemNotice.class).size() < 3) {
            events.add(next(session, Duration.ofSeconds(10)).orElseThrow());
        }
        List<AgentEvent.SystemNotice> notices = only(events, AgentEvent.SystemNotice.class);
        assertThat(notices).extracting(AgentEvent.SystemNotice::costUsd).containsExactly(1.0, 2.0, 3.0);
        assertThat(notices.get(2).usage().inputTokens()).isEqualTo(3000);
        ((dev.donmai.runtime.spi.harness.ProcessAgentSession) session).stop(StopMode.GRACEFUL, Duration.ofSeconds(1),
                "budget");
        List<AgentEvent> rest = drain(session, Duration.ofSeconds(6));
        assertThat(((AgentEvent.Error) rest.get(rest.size() - 1)).message()).isEqualTo("budget");
    }

    @Test
    void hangStaysQuietAfterInit() {
        AgentSession session = rig.spawn(spec(StubOptions.DEFAULTS.withBehaviour(StubBehaviour.HANG), Map.of()));
        assertThat(next(session, Duration.ofSeconds(10))).get().isInstanceOf(AgentEvent.Init.class);
        assertThat(session.events().next(Duration.ofMillis(300))).isEmpty();
        assertThat(session.process().orElseThrow().isAlive()).isTrue();
    }

    @Test
    void anUnknownBehaviourIsRefusedBeforeAnyProcessStarts() {
        long before = stubProcesses();
        SpawnSpec spec = SpawnSpec.builder(HarnessRig.key(), cwd, "x", HarnessRig.endpoint(StubHarness.CAPABILITIES))
                .env(Map.of("DONMAI_STUB_OPTIONS", "{\"behaviour\":\"explode\"}")).build();
        assertThatThrownBy(() -> rig.spawn(spec)).isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
                    assertThat(e.field()).isEqualTo("harnessOptions.behaviour");
                });
        SpawnSpec garbage = spec.toBuilder().env(Map.of("DONMAI_STUB_OPTIONS", "not json")).build();
        assertThatThrownBy(() -> rig.spawn(garbage)).isInstanceOfSatisfying(
                ProviderException.ContractViolation.class, e -> assertThat(e.field()).isEqualTo("harnessOptions"));
        assertThat(stubProcesses()).isEqualTo(before);
    }

    @Test
    void optionsReachTheScriptInCanonicalForm() {
        SpawnSpec spec = SpawnSpec.builder(HarnessRig.key(), cwd, "x", HarnessRig.endpoint(StubHarness.CAPABILITIES))
                .env(Map.of("DONMAI_STUB_OPTIONS", "{ \"note\" : \"ignored\" ,\n \"behaviour\" : \"silent-exit\" }"))
                .build();
        List<AgentEvent> events = drain(rig.spawn(spec));
        assertThat(((AgentEvent.Error) events.get(events.size() - 1)).code()).isEqualTo("silent-exit");
    }

    @Test
    void theScriptIsExtractedOwnerOnlyUnderTheBrandName() throws IOException {
        Path script = rig.host.dataDir().resolve("donmai-stub.sh");
        assertThat(script).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwx------");
        try (var resource = StubHarness.class.getResourceAsStream("stub.sh")) {
            assertThat(Files.readString(script)).isEqualTo(new String(resource.readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void theEnvPrefixAndBinDirAreConfiguration() throws IOException {
        Path binDir = cwd.resolve("bin");
        try (HarnessRig acme = HarnessRig.of(new StubHarnessFactory(),
                Map.of("envPrefix", "ACME", "binDir", binDir.toString()))) {
            assertThat(binDir.resolve("acme-stub.sh")).isRegularFile();
            Path work = Files.createDirectory(cwd.resolve("work"));
            SpawnSpec spec = SpawnSpec.builder(HarnessRig.key(), work, "x",
                    HarnessRig.endpoint(StubHarness.CAPABILITIES))
                    .env(Map.of("ACME_STUB_OPTIONS", "{\"behaviour\":\"fail\"}", "DONMAI_STUB_OPTIONS",
                            "{\"behaviour\":\"silent-exit\"}"))
                    .build();
            List<AgentEvent> events = drain(acme.spawn(spec));
            assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(AgentEvent.Result.class,
                    r -> assertThat(r.success()).isFalse());
        }
    }

    private SpawnSpec spec(StubOptions options, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("DONMAI_STUB_OPTIONS", options.toJson());
        env.put("PATH", FakeClis.searchPath());
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        return SpawnSpec.builder(HarnessRig.key(), cwd, "Play", HarnessRig.endpoint(StubHarness.CAPABILITIES))
                .env(env).build();
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.invalid"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", List.of(args), out).isZero();
        return out;
    }

    private static long stubProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("-stub.sh")).count();
    }
}
