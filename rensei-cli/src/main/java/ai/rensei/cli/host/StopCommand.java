package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.daemon.PollingWait;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensei host stop}: POST {@code /stop} (the daemon answers {@code stopping} at once), then wait up to 15 s
 * for {@code /healthz} to stop answering and print {@code stop: stopped}. Still answering after that is exit 1.
 */
@Command(name = "stop", description = "Stop the daemon now; running sessions are terminated.")
public final class StopCommand extends DaemonActionCommand {

    @Option(names = "--no-wait", description = "Return once the daemon accepted the request.")
    private boolean noWait;

    public StopCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String verb() {
        return "stop";
    }

    @Override
    String path() {
        return "/stop";
    }

    @Override
    int afterSuccess(DaemonClient client, PrintWriter out) {
        if (noWait) {
            return ExitCodes.OK;
        }
        PollingWait wait = new PollingWait(Clock.systemUTC(), Thread::sleep);
        if (!wait.await(() -> !client.answers(), PollingWait.STOP_LIMIT)) {
            throw CliException.failure("daemon at " + client.address() + " is still answering after "
                    + PollingWait.STOP_LIMIT.toSeconds() + "s");
        }
        out.println("stop: stopped");
        out.flush();
        return ExitCodes.OK;
    }
}
