package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rensei host session show <id>}: GET {@code /sessions/<id>}. */
@Command(name = "show", description = "Show one session: state, repository, harness and spec.")
public final class SessionShowCommand extends DaemonQueryCommand {

    @Parameters(index = "0", paramLabel = "<id>", description = "Session id.")
    private String id;

    public SessionShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/sessions/" + PathSegment.encode(id);
    }

    @Override
    List<String> render(JsonNode body) {
        return SessionFormat.detail(body);
    }
}
