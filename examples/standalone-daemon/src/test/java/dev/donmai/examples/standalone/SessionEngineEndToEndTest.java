package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every behaviour of the {@code stub} harness (sessions.md §12) through the real OSS providers on real git
 * repositories: state, failure mode, verdict and its source, branch and commit, release mode and the events file.
 */
class SessionEngineEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Path repo;
    private OssRuntime runtime;

    @BeforeEach
    void setUp() {
        repo = Repos.create(dir.resolve("repo"));
        start(b -> b);
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    private void start(UnaryOperator<SessionEngineConfig.Builder> tune) {
        if (runtime != null) {
            runtime.close();
        }
        Path home = dir.resolve("user-home");
        runtime = new OssRuntime(dir.resolve("state"), Map.of("PATH", System.getenv("PATH"),
                "HOME", home.toString()), tune);
        assumeTrue(runtime.has(ProviderFamily.AGENT_RUNTIME, "stub"), "the stub harness is not on the class path");
    }

    private SessionResult run(String sessionId, Map<String, Object> options, UnaryOperator<SessionSpec.Builder> more) {
        SessionSpec spec = more.apply(SessionSpec.builder(sessionId).repository(repo.toString()).ref("main")
                .harness("stub").harnessOptions(options).title("Add STUB.md")).build();
        return runtime.engine.run(spec, SessionListener.NONE);
    }

    @Test
    void succeedWithCommit() throws IOException {
        SessionResult r = run("e2e-ok", Map.of("behaviour", "succeed-with-commit"), s -> s);

        assertThat(r.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(r.failureMode()).isNull();
        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.verdictSource()).isEqualTo(VerdictSource.TURN_RESULT);
        assertThat(r.branch()).isEqualTo("agent/e2e-ok");
        assertThat(r.commitSha()).isEqualTo(Repos.git(repo, "rev-parse", "refs/heads/agent/e2e-ok"));
        assertThat(Repos.git(repo, "show", "--name-only", "--format=", r.commitSha())).isEqualTo("STUB.md");
        assertThat(Repos.git(repo, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(r.pushed()).isTrue();
        assertThat(r.costUsd()).isEqualTo(0.01);
        assertThat(r.releaseMode()).isEqualTo("return-to-pool");
        assertThat(Path.of(r.workareaPath())).doesNotExist();
        assertThat(kinds("e2e-ok")).containsExactly("init", "assistant_text", "tool_use", "tool_result",
                "assistant_text", "result");
    }

    @Test
    void fail() throws IOException {
        SessionResult r = run("e2e-fail", Map.of("behaviour", "fail"), s -> s);

        assertThat(r.state()).isEqualTo(SessionState.FAILED);
        assertThat(r.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(r.reason()).isEqualTo("error_during_execution");
        // A Result, even an unsuccessful one, goes through verdict resolution; nothing to commit.
        assertThat(r.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(r.verdictSource()).isEqualTo(VerdictSource.BACKSTOP);
        assertThat(r.commitSha()).isNull();
        assertThat(r.releaseMode()).isEqualTo("archive");
        assertThat(archive("e2e-fail").resolve("tree")).isDirectory();
        assertThat(kinds("e2e-fail")).containsExactly("init", "assistant_text", "result");
    }

    @Test
    void hangIsStoppedByTheMaxDurationAndKilledAfterTheGrace() throws IOException {
        SessionResult r = run("e2e-hang", Map.of("behaviour", "hang", "ignoreTerm", true),
                s -> s.maxDurationSeconds(1L));

        assertThat(r.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(r.failureMode()).isEqualTo(FailureMode.TIMEOUT);
        assertThat(r.verdict()).isNull();
        assertThat(r.verdictSource()).isNull();
        assertThat(r.commitSha()).isNull();
        assertThat(r.releaseMode()).isEqualTo("archive");
        List<JsonNode> events = events("e2e-hang");
        assertThat(events.get(0).get("kind").asText()).isEqualTo("init");
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("error");
        assertThat(last.get("code").asText()).isEqualTo("killed");
    }

    @Test
    void hangIsStoppedByTheNoProgressWatchdog() throws IOException {
        start(b -> b.noProgressTimeoutSeconds(1));

        SessionResult r = run("e2e-np", Map.of("behaviour", "hang"), s -> s);

        assertThat(r.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(r.failureMode()).isEqualTo(FailureMode.NO_PROGRESS);
        assertThat(r.releaseMode()).isEqualTo("archive");
        assertThat(kinds("e2e-np")).startsWith("init").endsWith("error");
    }

    @Test
    void silentExit() throws IOException {
        SessionResult r = run("e2e-silent", Map.of("behaviour", "silent-exit"), s -> s);

        assertThat(r.state()).isEqualTo(SessionState.FAILED);
        assertThat(r.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(r.reason()).isEqualTo("silent-exit");
        assertThat(r.verdict()).isNull();
        assertThat(r.releaseMode()).isEqualTo("archive");
        assertThat(kinds("e2e-silent")).containsExactly("init", "assistant_text", "error");
    }

    @Test
    void midStreamError() throws IOException {
        SessionResult r = run("e2e-mid", Map.of("behaviour", "mid-stream-error"), s -> s);

        assertThat(r.state()).isEqualTo(SessionState.FAILED);
        assertThat(r.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(r.reason()).isEqualTo("upstream-error");
        assertThat(r.verdict()).isNull();
        assertThat(r.droppedAfterTerminal()).isEqualTo(2);
        assertThat(r.releaseMode()).isEqualTo("archive");
        assertThat(kinds("e2e-mid")).containsExactly("init", "assistant_text", "system", "error");
    }

    @Test
    void slowOutputEndsWithTheMarker() throws IOException {
        SessionResult r = run("e2e-slow", Map.of("behaviour", "slow-output", "count", 3, "intervalMs", 50), s -> s);

        assertThat(r.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.verdictSource()).isEqualTo(VerdictSource.MARKER);
        assertThat(r.commitSha()).isNull();
        assertThat(r.releaseMode()).isEqualTo("return-to-pool");
        assertThat(kinds("e2e-slow")).containsExactly("init", "assistant_text", "assistant_text", "assistant_text",
                "result");
    }

    @Test
    void costOverrunIsStoppedByTheBudget() throws IOException {
        SessionResult r = run("e2e-cost", Map.of("behaviour", "cost-overrun"),
                s -> s.budget(new SessionSpec.Budget(2.5, null)));

        assertThat(r.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(r.failureMode()).isEqualTo(FailureMode.BUDGET);
        assertThat(r.costUsd()).isGreaterThan(2.5);
        assertThat(r.verdict()).isNull();
        assertThat(r.releaseMode()).isEqualTo("archive");
        assertThat(kinds("e2e-cost")).startsWith("init", "system").endsWith("error");
    }

    private Path archive(String sessionId) {
        return runtime.stateHome.resolve("workareas").resolve(sessionId + "-1");
    }

    private List<JsonNode> events(String sessionId) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(archive(sessionId).resolve("agent/events.jsonl"))) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("v").asInt()).isEqualTo(1);
            assertThat(node.get("sessionId").asText()).isEqualTo(sessionId);
            assertThat(node.get("seq").asLong()).isEqualTo(out.size() + 1L);
            out.add(node);
        }
        return out;
    }

    private List<String> kinds(String sessionId) throws IOException {
        return events(sessionId).stream().map(n -> n.get("kind").asText()).toList();
    }
}
