package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B5 (boundary.md §4): the OSS runtime runs without the platform adapter. Configuration objects only (no
 * environment; the state home is a temp directory), providers {@code local} sandbox, {@code git} workarea and VCS,
 * {@code stub} harness and the OSS {@code host-session} model endpoint, default {@code PERMISSIVE} trust, no
 * orchestrator; one {@code succeed-with-commit} session on a real repository.
 */
class OssStandaloneIT {

    @TempDir
    Path dir;

    @Test
    void ossRunsASessionWithoutTheAdapter() {
        assertThat(getClass().getClassLoader().getResource("ai/rensei")).isNull();
        Path repo = Repos.create(dir.resolve("repo"));

        try (OssRuntime runtime = new OssRuntime(dir.resolve("state"), Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"),
                b -> b)) {
            assertThat(runtime.has(ProviderFamily.SANDBOX, "local")).isTrue();
            assertThat(runtime.has(ProviderFamily.WORKAREA, "git")).isTrue();
            assertThat(runtime.has(ProviderFamily.VCS, "git")).isTrue();
            assertThat(runtime.has(ProviderFamily.AGENT_RUNTIME, "stub")).isTrue();
            assertThat(runtime.has(ProviderFamily.MODEL_ENDPOINT, "host-session")).isTrue();

            SessionResult result = runtime.engine.run(SessionSpec.builder("oss-standalone")
                    .repository(repo.toString()).ref("main").harness("stub")
                    .harnessOptions(Map.of("behaviour", "succeed-with-commit")).build(), SessionListener.NONE);

            assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
            assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
            assertThat(result.verdictSource()).isEqualTo(VerdictSource.TURN_RESULT);
            assertThat(result.commitSha()).isNotNull();
            assertThat(Repos.git(repo, "rev-parse", "refs/heads/agent/oss-standalone")).isEqualTo(result.commitSha());
            assertThat(result.releaseMode()).isIn("return-to-pool", "destroy");
            assertThat(Path.of(result.workareaPath())).doesNotExist();
        }
    }
}
