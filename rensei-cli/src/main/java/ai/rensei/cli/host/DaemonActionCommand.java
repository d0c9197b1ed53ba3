package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.daemon.DaemonEndpointOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * An action route (host.md §1.3 "Actions"): POST, then {@code <verb>: <message>} on stdout; a 409 prints
 * {@code <verb>: <error>} on stderr and exits 1. Other failures follow the client's conventions.
 */
abstract class DaemonActionCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DaemonEndpointOptions endpoint = new DaemonEndpointOptions();

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    DaemonActionCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The word that starts every output line, e.g. {@code pause}. */
    abstract String verb();

    /** The control-API path below {@code /api/daemon}. */
    abstract String path();

    /** The JSON request body; empty sends none. */
    Optional<String> body() {
        return Optional.empty();
    }

    /** How long to wait for the reply. */
    Duration responseTimeout() {
        return DaemonClient.RESPONSE_TIMEOUT;
    }

    /** Runs after a successful reply was printed; the exit code of the command. */
    int afterSuccess(DaemonClient client, PrintWriter out) {
        return ExitCodes.OK;
    }

    CliEnvironment env() {
        return env;
    }

    @Override
    public final Integer call() {
        DaemonClient client = new DaemonClient(DaemonConfigFiles.resolve(endpoint, env), env);
        JsonNode reply;
        try {
            reply = client.post(path(), body().orElse(null), responseTimeout());
        } catch (DaemonClient.Conflict conflict) {
            throw new CliException(ExitCodes.FAILURE, List.of(verb() + ": " + conflict.error()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(verb() + ": " + JsonText.present(reply, "message").map(JsonNode::asText).orElse("ok"));
        out.flush();
        return afterSuccess(client, out);
    }
}
