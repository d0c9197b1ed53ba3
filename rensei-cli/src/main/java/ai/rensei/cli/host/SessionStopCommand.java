package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.daemon.DaemonEndpointOptions;
import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rensei host session stop <id>}: POST {@code /sessions/<id>/stop} ({@code {"reason":…}} when given), then
 * {@code stop: <sessionId> stopped (<mode>)}. An unknown or finished session is the daemon's 404: exit 1.
 */
@Command(name = "stop", description = "Stop one session (operator-cancelled); it is not re-dispatched.")
public final class SessionStopCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DaemonEndpointOptions endpoint = new DaemonEndpointOptions();

    @Parameters(index = "0", paramLabel = "<id>", description = "Session id.")
    private String id;

    @Option(names = "--reason", paramLabel = "<text>", description = "Why the session is stopped (recorded).")
    private String reason;

    @Option(names = "--json", description = "Print the daemon's JSON reply.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    public SessionStopCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DaemonClient client = new DaemonClient(DaemonConfigFiles.resolve(endpoint, env), env);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (reason != null) {
            body.put("reason", reason);
        }
        JsonNode reply = client.post("/sessions/" + PathSegment.encode(id) + "/stop", Json.compact(body));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(reply));
        } else {
            String sessionId = JsonText.present(reply, "sessionId").map(JsonNode::asText).orElse(id);
            String mode = JsonText.present(reply, "mode").map(JsonNode::asText).orElse("operator-cancelled");
            out.println("stop: " + sessionId + " stopped (" + mode + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
