package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rensei host routing show}: GET {@code /routing/config}. */
@Command(name = "show", description = "Show routing weights and the providers routing chooses from.")
public final class RoutingShowCommand extends DaemonQueryCommand {

    @Option(names = "--plain", description = "Plain indented lists instead of tables.")
    private boolean plain;

    public RoutingShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/routing/config";
    }

    @Override
    List<String> render(JsonNode body) {
        return plain ? RoutingFormat.plain(body) : RoutingFormat.tables(body);
    }
}
