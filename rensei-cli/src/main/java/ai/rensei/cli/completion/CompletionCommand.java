package ai.rensei.cli.completion;

import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rensei completion [bash|zsh]}: prints picocli's completion script for the whole command tree. The same
 * script serves zsh, where it loads {@code bashcompinit} itself; use it with {@code source <(rensei completion bash)}.
 */
@Command(name = "completion", description = "Print a shell completion script (bash or zsh).")
public final class CompletionCommand implements Callable<Integer> {

    /** The shells the script supports. */
    static final List<String> SHELLS = List.of("bash", "zsh");

    /** Completion candidates of the shell argument. */
    static final class Shells extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Shells() {
            super(SHELLS);
        }
    }

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "[bash|zsh]", completionCandidates = Shells.class,
            description = "Shell to complete for (default: bash).")
    private String shell = "bash";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!SHELLS.contains(shell)) {
            throw CliException.usage("unsupported shell \"" + shell + "\" (expected bash or zsh)");
        }
        PrintWriter out = spec.commandLine().getOut();
        CommandSpec root = spec.root();
        out.print(AutoComplete.bash(root.name(), root.commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
