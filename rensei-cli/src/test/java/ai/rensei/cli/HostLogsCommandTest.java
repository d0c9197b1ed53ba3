package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host logs} without {@code -F} (host.md §1.4); following is covered by {@code LogsFollowTest}. */
class HostLogsCommandTest {

    private static final String LOG = """
            {"time":"2026-06-02T14:00:00.123Z","level":"info","msg":"daemon ready","event":"state"}
            plain line from a library
            {"time":"2026-06-02T14:00:01.456Z","level":"warn","msg":"registration failing","sessionId":"ses_1"}
            """;

    @TempDir
    Path home;

    @Test
    void prettyPrintsNdjsonAndKeepsOtherLines() throws IOException {
        Files.writeString(home.resolve("daemon.log"), LOG);

        CliRun.Result result = CliRun.run(Map.of(CliEnvironment.HOME, home.toString()), "host", "logs");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                "2026-06-02T14:00:00 [INFO] daemon ready",
                "plain line from a library",
                "2026-06-02T14:00:01 [WARN] registration failing");
    }

    @Test
    void rawPrintsEveryLineVerbatim() throws IOException {
        Path file = Files.writeString(home.resolve("other.log"), LOG);

        CliRun.Result result = CliRun.run("host", "logs", "--raw", "-f", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(LOG);
    }

    @Test
    void linesLimitsToTheLastNAndDefaultsToFifty() throws IOException {
        Path file = home.resolve("daemon.log");
        Files.writeString(file, IntStream.rangeClosed(1, 120).mapToObj(i -> "line " + i + "\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
        Map<String, String> env = Map.of(CliEnvironment.HOME, home.toString());

        CliRun.Result two = CliRun.run(env, "host", "logs", "-n", "2");
        CliRun.Result defaulted = CliRun.run(env, "host", "logs");
        CliRun.Result all = CliRun.run(env, "host", "logs", "--lines", "0");

        assertThat(two.outLines()).containsExactly("line 119", "line 120");
        assertThat(defaulted.outLines()).hasSize(50).startsWith("line 71").endsWith("line 120");
        assertThat(all.outLines()).hasSize(120).startsWith("line 1");
    }

    @Test
    void negativeLinesIsAUsageError() throws IOException {
        Files.writeString(home.resolve("daemon.log"), LOG);

        CliRun.Result result = CliRun.run(Map.of(CliEnvironment.HOME, home.toString()), "host", "logs", "-n", "-1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("error: --lines must be >= 0 (got -1)");
    }

    @Test
    void missingFileIsAnOperationalError() {
        Path missing = home.resolve("nope.log");

        CliRun.Result explicit = CliRun.run("host", "logs", "--file", missing.toString());
        CliRun.Result defaulted = CliRun.run(Map.of(CliEnvironment.HOME, home.toString()), "host", "logs", "-F");

        assertThat(explicit.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(explicit.errLines()).containsExactly("error: log file not found: " + missing);
        assertThat(defaulted.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(defaulted.errLines()).containsExactly("error: log file not found: " + home.resolve("daemon.log"));
    }
}
