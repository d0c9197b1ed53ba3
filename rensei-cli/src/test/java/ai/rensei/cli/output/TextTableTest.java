package ai.rensei.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void padsColumnsToTheWidestCellWithTwoSpaceGaps() {
        TextTable table = new TextTable("ID", "FAMILY", "STATUS")
                .row("local", "sandbox", "ready")
                .row("claude-code", "agent-runtime", "");

        assertThat(table.lines()).containsExactly(
                "ID           FAMILY         STATUS",
                "local        sandbox        ready",
                "claude-code  agent-runtime");
    }
}
