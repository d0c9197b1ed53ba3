package ai.rensei.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Prints a parse error as {@code error: …} plus a pointer to {@code --help}, and exits 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println("error: " + describe(ex, name));
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("hint: did you mean " + String.join(" or ", suggestions.stream().map(s -> "`" + s + "`").toList()) + "?");
            }
        }
        err.println("Run '" + name + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String describe(ParameterException ex, String commandName) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return "unknown flag: " + first;
            }
            if (!ex.getCommandLine().getSubcommands().isEmpty()) {
                return "unknown command \"" + first + "\" for \"" + commandName + "\"";
            }
            return "unexpected argument \"" + first + "\" for \"" + commandName + "\"";
        }
        // picocli starts some messages with "Error: "; we already print our own prefix.
        return ex.getMessage().replaceFirst("^Error: ", "");
    }
}
