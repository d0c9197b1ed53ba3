package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rensei host provider show <id>}: GET {@code /providers/<id>}. */
@Command(name = "show", description = "Show one provider: manifest, status and capabilities.")
public final class ProviderShowCommand extends DaemonQueryCommand {

    @Parameters(index = "0", paramLabel = "<id>", description = "Provider id, as listed by `rensei host provider list`.")
    private String id;

    public ProviderShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        return "/providers/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    List<String> render(JsonNode body) {
        return ProviderFormat.detail(body);
    }
}
