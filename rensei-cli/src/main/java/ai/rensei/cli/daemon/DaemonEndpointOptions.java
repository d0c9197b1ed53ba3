package ai.rensei.cli.daemon;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --host}/{@code --port} of commands that talk to the daemon's control API. */
public final class DaemonEndpointOptions {

    @Option(names = "--host", paramLabel = "<host>", description = "Daemon host (default 127.0.0.1; overrides RENSEI_DAEMON_URL).")
    private String host;

    @Option(names = "--port", paramLabel = "<port>", description = "Daemon port (default 7734; overrides RENSEI_DAEMON_URL).")
    private Integer port;

    public DaemonEndpointOptions() {
    }

    /** For tests and programmatic callers. */
    public DaemonEndpointOptions(String host, Integer port) {
        this.host = host;
        this.port = port;
    }

    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }
}
