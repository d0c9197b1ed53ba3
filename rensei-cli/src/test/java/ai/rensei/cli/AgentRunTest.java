package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rensei agent run} end to end: real git repositories, the real stub harness, the real session engine. */
class AgentRunTest {

    @TempDir
    Path tmp;

    private Path repo;
    private Map<String, String> env;

    @BeforeEach
    void createRepository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("README.md"), "# sample\n");
        git(repo, "add", "README.md");
        git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "init");
        env = Map.of("RENSEI_HOME", tmp.resolve("home").toString(), "HOME", tmp.toString(),
                "PATH", System.getProperty("donmai.test.path", "/usr/local/bin:/usr/bin:/bin"));
    }

    @Test
    void aPassingStubSessionExitsZeroAndLeavesItsBranchInTheSourceRepository() throws Exception {
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", repo.toString(), "--harness", "stub",
                "--session-id", "ses_cli_pass", "--prompt", "Add STUB.md");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("init", "result", "Verdict:   passed (turn-result)",
                "Branch:    agent/ses_cli_pass", "Files:     1 changed (STUB.md)");
        assertThat(git(repo, "branch", "--list", "agent/ses_cli_pass")).contains("agent/ses_cli_pass");
        assertThat(git(repo, "show", "--name-only", "--format=", "agent/ses_cli_pass")).contains("STUB.md");
        // The user's checkout is never touched.
        assertThat(git(repo, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(git(repo, "status", "--porcelain")).isEmpty();
    }

    @Test
    void jsonReportsAFailedSessionAndExitsOne() throws Exception {
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", repo.toString(), "--harness", "stub",
                "--harness-option", "behaviour=fail", "--json", "--prompt", "Fail please");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode body = new ObjectMapper().readTree(result.out());
        assertThat(body.get("state").asText()).isEqualTo("failed");
        assertThat(body.get("failureMode").asText()).isEqualTo("harness");
        assertThat(body.get("harness").asText()).isEqualTo("stub");
        assertThat(body.get("branch").asText()).startsWith("agent/ses_");
        assertThat(body.has("durationMs")).isTrue();
    }

    @Test
    void worktreeDirPlacesTheSessionsWorktree() throws Exception {
        Path worktrees = tmp.resolve("home/elsewhere");
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", repo.toString(), "--harness", "stub",
                "--worktree-dir", worktrees.toString(), "--session-id", "ses_cli_wt", "--json", "--prompt", "x");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode body = new ObjectMapper().readTree(result.out());
        assertThat(body.get("worktreePath").asText()).isEqualTo(worktrees.resolve("ses_cli_wt").toString());
    }

    @Test
    void aMissingRepositoryIsAUsageErrorOnOneLine() {
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", tmp.resolve("nope").toString(),
                "--harness", "stub", "--prompt", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly("error: repository not found: " + tmp.resolve("nope"));
        assertThat(tmp.resolve("home/worktrees")).doesNotExist();
    }

    @Test
    void anUnknownRefFailsOnOneLineAndLeavesNoWorktree() throws IOException {
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", repo.toString(), "--ref", "no-such-ref",
                "--harness", "stub", "--prompt", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("error: workarea failed:").contains("no-such-ref");
        assertThat(result.out()).isEmpty();
        assertThat(leftovers(tmp.resolve("home/worktrees"))).isEmpty();
    }

    @Test
    void anUnknownHarnessIsAUsageError() {
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", repo.toString(), "--harness", "nope",
                "--prompt", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("error: unknown harness: nope").contains("stub");
    }

    @Test
    void anEmptyPromptIsAUsageError() {
        CliRun.Result result = CliRun.run(env, "agent", "run", "--repo", repo.toString(), "--harness", "stub",
                "--prompt", "   ");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly("error: the prompt is empty");
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
