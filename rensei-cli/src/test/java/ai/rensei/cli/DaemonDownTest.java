package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonDownTest {

    private static final String HINT = "hint: start it with `rensei host run` (foreground) or `rensei host start` "
            + "(installed service; first time: `rensei host install`)";

    @Test
    void closedPortGivenByFlagsReportsDaemonNotRunning() throws IOException {
        int port = closedLoopbackPort();

        CliRun.Result result = CliRun.run("host", "provider", "list", "--port", String.valueOf(port));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "error: daemon is not running at http://127.0.0.1:" + port, HINT);
    }

    @Test
    void closedPortFromEnvironmentReportsThatUrl() throws IOException {
        String url = "http://127.0.0.1:" + closedLoopbackPort();

        CliRun.Result result = CliRun.run(Map.of("RENSEI_DAEMON_URL", url + "/"), "host", "provider", "show", "local");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("error: daemon is not running at " + url, HINT);
        assertThat(result.err()).doesNotContainIgnoringCase("refused").doesNotContain("Exception");
    }

    @Test
    void badDaemonUrlIsAUsageError() {
        CliRun.Result result = CliRun.run(Map.of("RENSEI_DAEMON_URL", "not a url"), "host", "provider", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("invalid RENSEI_DAEMON_URL: not a url");
    }

    @Test
    void flagsWinOverABadDaemonUrl() throws IOException {
        int port = closedLoopbackPort();

        CliRun.Result result = CliRun.run(Map.of("RENSEI_DAEMON_URL", "ftp://x"),
                "host", "provider", "list", "--port", String.valueOf(port));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).startsWith("error: daemon is not running at http://127.0.0.1:" + port);
    }

    static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
