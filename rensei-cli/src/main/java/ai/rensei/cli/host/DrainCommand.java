package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensei host drain}: POST {@code /drain}, which blocks until the running sessions are done or the timeout
 * passes. The reply is awaited for the drain's timeout plus {@value #REPLY_MARGIN_SECONDS} s; with {@code --timeout 0}
 * the daemon uses its {@code drain.timeoutSeconds}, which {@link LocalDaemonConfig} supplies for the wait.
 */
@Command(name = "drain", description = "Stop accepting sessions and wait for running ones to finish.")
public final class DrainCommand extends DaemonActionCommand {

    static final long REPLY_MARGIN_SECONDS = 30;

    @Option(names = "--timeout", paramLabel = "<seconds>",
            description = "Longest wait in seconds (default 0 = the daemon's drain.timeoutSeconds).")
    private long timeoutSeconds;

    public DrainCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String verb() {
        return "drain";
    }

    @Override
    String path() {
        return "/drain";
    }

    @Override
    Optional<String> body() {
        if (timeoutSeconds < 0) {
            throw CliException.usage("--timeout must be >= 0 (got " + timeoutSeconds + ")");
        }
        return Optional.of("{\"timeoutSeconds\":" + timeoutSeconds + "}");
    }

    @Override
    Duration responseTimeout() {
        Duration drain = timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds)
                : LocalDaemonConfig.of(env()).drainTimeout();
        return drain.plusSeconds(REPLY_MARGIN_SECONDS);
    }
}
