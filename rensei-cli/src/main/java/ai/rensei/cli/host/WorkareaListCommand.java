package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rensei host workarea list}: GET {@code /workareas}. */
@Command(name = "list", description = "List active and archived workareas.")
public final class WorkareaListCommand extends DaemonQueryCommand {

    public WorkareaListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/workareas";
    }

    @Override
    List<String> render(JsonNode body) {
        return WorkareaFormat.table(body);
    }
}
