package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonAddress;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.daemon.DaemonEndpointOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rensei host update} (host.md §1.2): a Homebrew-managed binary (its real path contains {@code /Cellar/}) is
 * upgraded by brew and re-installed, so without {@code --force} the two commands are printed; otherwise the daemon
 * is asked to update itself ({@code POST /update}).
 */
@Command(name = "update", description = "Update the daemon (prints the Homebrew steps for a brew install).")
public final class HostUpdateCommand implements Callable<Integer> {

    static final List<String> BREW_STEPS = List.of("brew upgrade rensei", "rensei host install");

    @Mixin
    private HelpOption help;

    @Mixin
    private DaemonEndpointOptions endpoint = new DaemonEndpointOptions();

    @Option(names = "--force", description = "Send the daemon's self-update request even for a Homebrew install.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    public HostUpdateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!force && BinaryResolver.resolve(Optional.empty(), env).map(HostUpdateCommand::real)
                .filter(HostUpdateCommand::homebrew).isPresent()) {
            BREW_STEPS.forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
        DaemonAddress address = endpoint.host().isPresent() || endpoint.port().isPresent()
                ? DaemonConfigFiles.resolve(endpoint, env)
                : DaemonConfigFiles.of(env, Optional.empty()).address(env);
        JsonNode reply;
        try {
            reply = new DaemonClient(address, env).post("/update", null);
        } catch (DaemonClient.Conflict conflict) {
            throw new CliException(ExitCodes.FAILURE, List.of("update: " + conflict.error()));
        }
        out.println("update: " + reply.path("message").asText("update initiated"));
        out.flush();
        return ExitCodes.OK;
    }

    static boolean homebrew(Path binary) {
        return binary.toString().contains("/Cellar/");
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }
}
