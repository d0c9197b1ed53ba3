package ai.rensei.cli;

import ai.rensei.cli.help.HelpLayout;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;

/**
 * One {@code rensei} invocation: builds the picocli command tree around an environment and two writers and runs it.
 * Tests drive this class directly with an injected environment map and captured writers.
 */
public final class RenseiCli {

    private final CliEnvironment env;
    private final PrintWriter out;
    private final PrintWriter err;

    public RenseiCli(CliEnvironment env, PrintWriter out, PrintWriter err) {
        this.env = Objects.requireNonNull(env, "env");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Runs the command line and returns the process exit code ({@link ExitCodes}). */
    public int run(String... args) {
        CommandLine commandLine = commandLine();
        String[] effective = DeprecatedAlias.rewrite(args, commandLine.getCommandSpec(), err);
        int code = commandLine.execute(effective);
        out.flush();
        err.flush();
        return code;
    }

    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RenseiCommand(), new CliFactory(env));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        HelpLayout.apply(commandLine);
        return commandLine;
    }
}
