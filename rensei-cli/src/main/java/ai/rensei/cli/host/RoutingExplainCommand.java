package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rensei host routing explain <sessionId>}: GET {@code /routing/explain/<id>}. */
@Command(name = "explain", description = "Explain the routing decision made for one session.")
public final class RoutingExplainCommand extends DaemonQueryCommand {

    @Parameters(index = "0", paramLabel = "<sessionId>", description = "Session id.")
    private String sessionId;

    public RoutingExplainCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/routing/explain/" + PathSegment.encode(sessionId);
    }

    @Override
    List<String> render(JsonNode body) {
        return RoutingFormat.explain(body);
    }
}
