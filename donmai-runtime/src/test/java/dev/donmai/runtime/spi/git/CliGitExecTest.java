package dev.donmai.runtime.spi.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliGitExecTest {

    private static final Duration T = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final CliGitExec git = new CliGitExec();

    @Test
    void runsGitAndCapturesOutput() {
        GitResult result = git.run(dir, List.of("--version"), T);
        assertThat(result.ok()).isTrue();
        assertThat(result.out()).startsWith("git version ");
    }

    @Test
    void nonZeroExitIsAnAnswerAndRequireOkNamesTheSubcommand() {
        GitResult result = git.run(dir, List.of("rev-parse", "--verify", "HEAD"), T);
        assertThat(result.ok()).isFalse();
        assertThat(result.exitCode()).isNotZero();
        assertThatThrownBy(() -> result.requireOk("rev-parse"))
                .isInstanceOf(GitException.class)
                .hasMessageStartingWith("git rev-parse exited " + result.exitCode() + ": ")
                .satisfies(e -> assertThat(((GitException) e).kind()).isEqualTo(GitException.Kind.FAILED))
                .satisfies(e -> assertThat(((GitException) e).exitCode()).hasValue(result.exitCode()));
    }

    @Test
    void setsPromptAndLocaleAndDropsInheritedLocationVariables() {
        GitResult result = git.run(dir, List.of("-c", "alias.env=!env", "env"), Map.of("DONMAI_EXTRA", "x"), T);
        assertThat(result.stdout()).contains("GIT_TERMINAL_PROMPT=0", "LC_ALL=C", "DONMAI_EXTRA=x");
    }

    @Test
    void timeoutKillsTheCommand() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> git.run(dir, List.of("-c", "alias.slow=!sleep 30", "slow"), Duration.ofMillis(300)))
                .isInstanceOf(GitException.class)
                .satisfies(e -> assertThat(((GitException) e).kind()).isEqualTo(GitException.Kind.TIMED_OUT))
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void interruptKillsTheCommandAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> git.run(dir, List.of("--version"), T))
                    .isInstanceOf(GitException.class)
                    .satisfies(e -> assertThat(((GitException) e).kind()).isEqualTo(GitException.Kind.INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void largeOutputOnBothStreamsDoesNotDeadlock() {
        // 4 MB on each stream: far beyond a pipe buffer, so an undrained stream would block git forever.
        String script = "!head -c 4000000 /dev/zero | tr '\\0' a; head -c 4000000 /dev/zero | tr '\\0' b 1>&2";
        GitResult result = git.run(dir, List.of("-c", "alias.big=" + script, "big"), T);
        assertThat(result.ok()).isTrue();
        assertThat(result.stdout()).hasSize(4_000_000);
        assertThat(result.stderr()).startsWith("[…]").endsWith("bbbb");
    }

    @Test
    void missingBinaryIsNotStarted() {
        CliGitExec missing = new CliGitExec(dir.resolve("no-such-git").toString());
        assertThatThrownBy(() -> missing.run(dir, List.of("status"), T))
                .isInstanceOf(GitException.class)
                .satisfies(e -> assertThat(((GitException) e).kind()).isEqualTo(GitException.Kind.NOT_STARTED));
    }

    @Test
    void drainThreadsComeFromTheGivenFactoryAndFixedEnvIsSet() {
        AtomicInteger made = new AtomicInteger();
        CliGitExec custom = new CliGitExec("git", r -> {
            made.incrementAndGet();
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }, Map.of("GIT_AUTHOR_NAME", "Fixed Name"));
        GitResult result = custom.run(dir, List.of("-c", "alias.env=!env", "env"), T);
        assertThat(result.stdout()).contains("GIT_AUTHOR_NAME=Fixed Name");
        assertThat(made.get()).isEqualTo(2);
    }

    @Test
    void configValuesFromExtraEnvAreMaskedInOutput() {
        Map<String, String> env = Map.of("GIT_CONFIG_COUNT", "1", "GIT_CONFIG_KEY_0", "donmai.test",
                "GIT_CONFIG_VALUE_0", "sekrit-value");
        GitResult result = git.run(dir, List.of("config", "--get", "donmai.test"), env, T);
        assertThat(result.ok()).isTrue();
        assertThat(result.out()).isEqualTo("***");
    }

    @Test
    void subcommandSkipsGlobalOptions() {
        assertThat(CliGitExec.subcommand(List.of("-c", "a=b", "-C", "/x", "worktree", "add"))).isEqualTo("worktree");
        assertThat(CliGitExec.subcommand(List.of("--version"))).isEqualTo("git");
    }

    @Test
    void exceptionMessagesRedactUrlUserInfo() {
        GitException e = GitException.failed("fetch", 128,
                "fatal: unable to access 'https://user:tok3n@example.invalid/org/repo/': 403\n");
        assertThat(e.getMessage()).doesNotContain("tok3n").contains("https://***@example.invalid/org/repo/");
        assertThat(e.lastErrorLine()).doesNotContain("tok3n");
    }
}
