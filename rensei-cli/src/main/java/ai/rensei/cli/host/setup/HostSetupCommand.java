package ai.rensei.cli.host.setup;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.LocalSystem;
import ai.rensei.cli.context.DaemonConfigFiles;
import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
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

/** {@code rensei host setup}: the interactive wizard; skipped (exit 0) when stdin is not a terminal. */
@Command(name = "setup", description = "Run the interactive first-run configuration wizard.")
public final class HostSetupCommand implements Callable<Integer> {

    static final String SKIPPED = "setup skipped: stdin is not a terminal";

    @Mixin
    private HelpOption help;

    @Option(names = "--config", paramLabel = "<path>", description = "Daemon config file (default <home>/daemon.yaml).")
    private Path config;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    public HostSetupCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<LocalSystem.Terminal> terminal = env.localSystem().interactiveTerminal();
        if (terminal.isEmpty()) {
            out.println(SKIPPED);
            out.flush();
            return ExitCodes.OK;
        }
        DaemonConfigFiles files = DaemonConfigFiles.of(env, Optional.ofNullable(config));
        ConfigLoadResult.Loaded loaded = files.loadValid();
        SetupWizard.Outcome outcome;
        try {
            outcome = new SetupWizard(terminal.get(), out).run(files.primary(), loaded.config().primary());
        } catch (IOException e) {
            throw CliException.failure("cannot update " + files.primary() + ": " + e.getMessage());
        }
        switch (outcome) {
            case WRITTEN:
                out.println("Config written: " + files.primary());
                break;
            case UNCHANGED:
                out.println("Config unchanged: " + files.primary());
                break;
            default:
                throw new CliException(ExitCodes.FAILURE, List.of("setup cancelled; nothing written"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
