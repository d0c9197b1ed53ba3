package ai.rensei.cli.host.service;

import java.util.List;
import java.util.Objects;

/**
 * How an external command ended.
 *
 * @param command  what ran
 * @param exitCode its exit status ({@code -1} when it had to be killed after the time limit)
 * @param stdout   its standard output
 * @param stderr   its standard error
 */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

    public CommandResult {
        command = List.copyOf(command);
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** What a user sees of a failure: the first non-blank line of stderr, else of stdout, else the exit code. */
    public String detail() {
        for (String text : List.of(stderr, stdout)) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        }
        return exitCode < 0 ? "timed out" : "exited " + exitCode;
    }

    /** The command as one line, for messages. */
    public String commandLine() {
        return String.join(" ", command);
    }
}
