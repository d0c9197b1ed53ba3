package dev.donmai.runtime.spi.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.vcs.RemoteCredential;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCredentialsTest {

    private static final String TOKEN = "ghs_donmaiTestToken123";

    @TempDir
    Path dir;

    @Test
    void basicHeaderIsUrlScopedConfigInTheEnvironment() {
        Map<String, String> env = GitCredentials.env("https://git.example.invalid/org", Secret.of(TOKEN));
        String basic = Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GIT_CONFIG_COUNT", "1",
                "GIT_CONFIG_KEY_0", "http.https://git.example.invalid/org.extraHeader",
                "GIT_CONFIG_VALUE_0", "Authorization: Basic " + basic));
        assertThat(env.keySet()).noneMatch(k -> k.contains(TOKEN));
    }

    @Test
    void bearerHeader() {
        Map<String, String> env = GitCredentials.bearerEnv("https://h.invalid", Secret.of(TOKEN));
        assertThat(env.get("GIT_CONFIG_VALUE_0")).isEqualTo("Authorization: Bearer " + TOKEN);
    }

    @Test
    void gitReadsTheHeaderFromTheEnvironmentAndNothingReachesArgvOrDisk() throws Exception {
        CliGitExec git = new CliGitExec();
        git.run(dir, List.of("init", "--quiet"), Duration.ofSeconds(30)).requireOk("init");
        Map<String, String> env = GitCredentials.env("https://git.example.invalid/org", Secret.of(TOKEN));
        List<String> args = List.of("config", "--get-urlmatch", "http.extraHeader",
                "https://git.example.invalid/org/repo.git");
        assertThat(args).noneMatch(a -> a.contains(TOKEN));
        GitResult result = git.run(dir, args, env, Duration.ofSeconds(30));
        assertThat(result.ok()).isTrue();
        // The value git sees is the header (masked in captured output, as CliGitExec promises).
        assertThat(result.out()).isEqualTo("***");
        GitResult other = git.run(dir, List.of("config", "--get-urlmatch", "http.extraHeader",
                "https://other.example.invalid/org/repo.git"), env, Duration.ofSeconds(30));
        assertThat(other.ok()).as("another host gets no header").isFalse();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(GitCredentialsTest::read))
                    .noneMatch(content -> content.contains(TOKEN) || content.contains("extraHeader"));
        }
    }

    @Test
    void remoteCredentialAppliesOnlyUnderItsPrefix() {
        RemoteCredential credential = new RemoteCredential("https://git.example.invalid/org", Secret.of(TOKEN),
                Instant.now().plusSeconds(60));
        assertThat(GitCredentials.forUrl("https://git.example.invalid/org/repo", credential)).isPresent();
        assertThat(GitCredentials.forUrl("https://git.example.invalid/org-other/repo", credential)).isEmpty();
        assertThat(GitCredentials.forUrl("/local/path", credential)).isEmpty();
    }

    @Test
    void refusesUnsafeInput() {
        assertThatThrownBy(() -> GitCredentials.env("https://u:p@h.invalid/x", Secret.of(TOKEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("u:p");
        assertThatThrownBy(() -> GitCredentials.env("ssh://h.invalid/x", Secret.of(TOKEN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GitCredentials.env("https://h.invalid/x", Secret.of("a\nX-Evil: 1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Evil");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
