package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rensei host status}: GET {@code /status}. */
@Command(name = "status", description = "Show whether the daemon is running and what it is doing.")
public final class StatusCommand extends DaemonQueryCommand {

    public StatusCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/status";
    }

    @Override
    List<String> render(JsonNode body) {
        return StatusFormat.lines(body);
    }
}
