package ai.rensei.cli.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLineFormatTest {

    @Test
    void ndjsonLineBecomesTimeLevelMessage() {
        assertThat(LogLineFormat.pretty(
                "{\"time\":\"2026-06-02T14:00:00.123Z\",\"level\":\"info\",\"msg\":\"message\",\"event\":\"x\"}"))
                .isEqualTo("2026-06-02T14:00:00 [INFO] message");
    }

    @Test
    void partsTheObjectLacksAreLeftOut() {
        assertThat(LogLineFormat.pretty("{\"level\":\"warn\",\"msg\":\"low disk\"}")).isEqualTo("[WARN] low disk");
        assertThat(LogLineFormat.pretty("{\"msg\":\"only a message\"}")).isEqualTo("only a message");
        assertThat(LogLineFormat.pretty("{\"time\":\"2026-06-02\",\"level\":\"error\"}")).isEqualTo("2026-06-02 [ERROR]");
    }

    @Test
    void otherLinesAreVerbatim() {
        assertThat(LogLineFormat.pretty("plain text line")).isEqualTo("plain text line");
        assertThat(LogLineFormat.pretty("{\"event\":\"no core fields\"}")).isEqualTo("{\"event\":\"no core fields\"}");
        assertThat(LogLineFormat.pretty("{not json")).isEqualTo("{not json");
        assertThat(LogLineFormat.pretty("")).isEmpty();
        assertThat(LogLineFormat.pretty("[1,2]")).isEqualTo("[1,2]");
    }
}
