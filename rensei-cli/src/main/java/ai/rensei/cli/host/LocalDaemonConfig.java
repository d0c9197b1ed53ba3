package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.context.DaemonConfigFiles;
import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What the client commands need from this machine's daemon configuration without asking the daemon: where it logs
 * ({@code observability.logPath}) and how long its drain lasts by default ({@code drain.timeoutSeconds}). An absent
 * or invalid daemon.yaml gives the documented defaults (host.md §4.2); the daemon reports the file's errors itself.
 */
final class LocalDaemonConfig {

    private final DaemonSettings settings;

    private LocalDaemonConfig(DaemonSettings settings) {
        this.settings = settings;
    }

    static LocalDaemonConfig of(CliEnvironment env) {
        ConfigLoadResult result = DaemonConfigFiles.of(env, Optional.empty()).load();
        DaemonSettings settings = result instanceof ConfigLoadResult.Loaded loaded ? loaded.config().primary()
                : DaemonSettings.defaults(env.home(), env.localSystem().cpuCount());
        return new LocalDaemonConfig(settings);
    }

    /** {@code observability.logPath}, default {@code <home>/daemon.log}. */
    Path logFile() {
        return settings.observability().logPath();
    }

    /** {@code drain.timeoutSeconds}, default 60 s. */
    Duration drainTimeout() {
        return Duration.ofSeconds(settings.drain().timeoutSeconds());
    }
}
