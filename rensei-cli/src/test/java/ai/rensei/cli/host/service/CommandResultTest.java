package ai.rensei.cli.host.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandResultTest {

    @Test
    void detailIsTheFirstStderrLineElseStdoutElseTheExitCode() {
        assertThat(new CommandResult(List.of("x"), 1, "out\n", "\n  bus down \nmore").detail()).isEqualTo("bus down");
        assertThat(new CommandResult(List.of("x"), 1, "only out\n", "").detail()).isEqualTo("only out");
        assertThat(new CommandResult(List.of("x"), 4, "", "").detail()).isEqualTo("exited 4");
        assertThat(new CommandResult(List.of("x"), -1, "", "").detail()).isEqualTo("timed out");
    }
}
