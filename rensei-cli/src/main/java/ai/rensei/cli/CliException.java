package ai.rensei.cli;

import java.util.List;

/**
 * A failure the user should see as plain lines on stderr, with the exit code to end on. Commands throw it; the
 * {@link FailureHandler} prints it. Lines are printed as given (callers include the {@code error: } prefix).
 */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    public CliException(int exitCode, List<String> lines) {
        super(String.join(System.lineSeparator(), lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    /** Exit 2 with {@code error: <message>}. */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, List.of("error: " + message));
    }

    /** Exit 2 with the message exactly as the specification quotes it, without the {@code error: } prefix. */
    public static CliException usageVerbatim(String message) {
        return new CliException(ExitCodes.USAGE, List.of(message));
    }

    /** Exit 1 with {@code error: <message>}. */
    public static CliException failure(String message) {
        return new CliException(ExitCodes.FAILURE, List.of("error: " + message));
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lines() {
        return lines;
    }
}
