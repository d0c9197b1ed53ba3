package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rensei host session list}: GET {@code /sessions}, with {@code --all} the retained finished ones too. */
@Command(name = "list", description = "List the daemon's running sessions.")
public final class SessionListCommand extends DaemonQueryCommand {

    @Option(names = "--all", description = "Include finished sessions the daemon still retains.")
    private boolean all;

    public SessionListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return all ? "/sessions?all=true" : "/sessions";
    }

    @Override
    List<String> render(JsonNode body) {
        return SessionFormat.table(body, Clock.systemUTC().instant());
    }
}
