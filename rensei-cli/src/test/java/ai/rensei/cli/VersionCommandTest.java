package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionCommandTest {

    @Test
    void versionPrintsNameAndFilteredProjectVersion() {
        CliRun.Result result = CliRun.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("rensei \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?\\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void versionComesFromTheFilteredResource() {
        assertThat(VersionProvider.version()).doesNotContain("${").isNotEqualTo("unknown");
        assertThat(CliRun.run("--version").out().trim()).isEqualTo("rensei " + VersionProvider.version());
    }
}
