package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rensei host workarea show <id>}: GET {@code /workareas/<id>}. */
@Command(name = "show", description = "Show one workarea, found by workarea, archive or session id.")
public final class WorkareaShowCommand extends DaemonQueryCommand {

    @Parameters(index = "0", paramLabel = "<id>", description = "Workarea, archive or session id.")
    private String id;

    public WorkareaShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/workareas/" + PathSegment.encode(id);
    }

    @Override
    List<String> render(JsonNode body) {
        return WorkareaFormat.detail(body);
    }
}
