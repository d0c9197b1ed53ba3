package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

    @Test
    void bashScriptCompletesTheWholeTree() {
        CliRun.Result result = CliRun.run("completion", "bash");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F _complete_rensei", "install", "doctor", "provider");
        assertThat(CliRun.run("completion").out()).isEqualTo(result.out());
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinit() {
        CliRun.Result result = CliRun.run("completion", "zsh");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("bashcompinit").isEqualTo(CliRun.run("completion", "bash").out());
    }

    @Test
    void otherShellsAreAUsageError() {
        CliRun.Result result = CliRun.run("completion", "fish");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly("error: unsupported shell \"fish\" (expected bash or zsh)");
    }
}
