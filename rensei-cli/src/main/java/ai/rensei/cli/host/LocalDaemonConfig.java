package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the client commands need from this machine's daemon configuration without asking the daemon: where it logs
 * and how long its drain lasts by default. The one place that will read {@code observability.logPath} and
 * {@code drain.timeoutSeconds} from {@code daemon.yaml}; until the CLI loads that file it answers the documented
 * defaults (host.md §4.2).
 */
final class LocalDaemonConfig {

    static final String LOG_FILE_NAME = "daemon.log";
    static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;

    private LocalDaemonConfig(Path home) {
        this.home = home;
    }

    static LocalDaemonConfig of(CliEnvironment env) {
        return new LocalDaemonConfig(env.home());
    }

    /** {@code observability.logPath}, default {@code <home>/daemon.log}. */
    Path logFile() {
        return home.resolve(LOG_FILE_NAME);
    }

    /** {@code drain.timeoutSeconds}, default 60 s. */
    Duration drainTimeout() {
        return DEFAULT_DRAIN_TIMEOUT;
    }
}
