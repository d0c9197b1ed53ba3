package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageErrorTest {

    @Test
    void unknownFlagExitsTwo() {
        CliRun.Result result = CliRun.run("--bogus");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().isEqualTo("error: unknown flag: --bogus");
    }

    @Test
    void unknownFlagOnALeafCommandExitsTwo() {
        CliRun.Result result = CliRun.run("host", "provider", "list", "--nope");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown flag: --nope").contains("rensei host provider list --help");
    }

    @Test
    void unknownVerbExitsTwo() {
        CliRun.Result result = CliRun.run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first().isEqualTo("error: unknown command \"frobnicate\" for \"rensei\"");
    }

    @Test
    void unknownSubcommandExitsTwo() {
        CliRun.Result result = CliRun.run("host", "nope");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown command \"nope\" for \"rensei host\"");
    }

    @Test
    void missingArgumentAndBadValueExitTwo() {
        assertThat(CliRun.run("host", "provider", "show").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("host", "provider", "list", "--port", "abc").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("host", "provider", "list", "--port", "70000").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void globalContextOptionsAreAccepted() {
        CliRun.Result result = CliRun.run("--org", "acme", "--project=gamma", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }
}
