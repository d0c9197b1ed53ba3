package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rensei host provider list}: GET {@code /providers}. */
@Command(name = "list", description = "List the providers the daemon has registered.")
public final class ProviderListCommand extends DaemonQueryCommand {

    public ProviderListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/providers";
    }

    @Override
    List<String> render(JsonNode body) {
        return ProviderFormat.table(body);
    }
}
