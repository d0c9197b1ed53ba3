package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.daemon.DaemonEndpointOptions;
import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A read-only command that GETs one control-API resource and prints it, as text or (with {@code --json}) as the
 * daemon's body, pretty-printed, alone on stdout.
 */
abstract class DaemonQueryCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DaemonEndpointOptions endpoint = new DaemonEndpointOptions();

    @Option(names = "--json", description = "Print the daemon's JSON reply.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    DaemonQueryCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The control-API path below {@code /api/daemon}. */
    abstract String path();

    /** The human view of a successful reply. */
    abstract List<String> render(JsonNode body);

    @Override
    public final Integer call() {
        DaemonClient client = new DaemonClient(DaemonConfigFiles.resolve(endpoint, env), env);
        JsonNode body = client.get(path());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(body));
        } else {
            render(body).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
