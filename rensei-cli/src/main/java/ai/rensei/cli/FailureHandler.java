package ai.rensei.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns an exception thrown by a command into stderr lines and an exit code (never a stack trace). */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof CliException failure) {
            failure.lines().forEach(err::println);
            err.flush();
            return failure.exitCode();
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("error: " + message);
        err.flush();
        return ExitCodes.FAILURE;
    }
}
