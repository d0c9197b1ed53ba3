package ai.rensei.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code rensei daemon …} is the hidden, deprecated spelling of {@code rensei host …}: the verb is rewritten before
 * parsing and one warning line goes to stderr; stdout and the exit code are those of the {@code host} command.
 */
final class DeprecatedAlias {

    static final String OLD = "daemon";
    static final String NEW = "host";
    static final String WARNING =
            "warning: `rensei daemon` is deprecated; use `rensei host` (alias removed in 0.2.0)";

    private DeprecatedAlias() {
    }

    /** Returns the arguments with the first verb rewritten when it is {@code daemon}; warns on {@code err}. */
    static String[] rewrite(String[] args, CommandSpec root, PrintWriter err) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--".equals(arg)) {
                return args;
            }
            if (arg.startsWith("-")) {
                if (takesSeparateValue(arg, root)) {
                    i++;
                }
                continue;
            }
            if (!OLD.equals(arg)) {
                return args;
            }
            String[] rewritten = args.clone();
            rewritten[i] = NEW;
            err.println(WARNING);
            return rewritten;
        }
        return args;
    }

    private static boolean takesSeparateValue(String arg, CommandSpec root) {
        if (arg.contains("=")) {
            return false;
        }
        OptionSpec option = root.findOption(arg);
        return option != null && option.arity().min() > 0;
    }
}
