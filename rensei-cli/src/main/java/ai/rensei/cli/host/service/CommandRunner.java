package ai.rensei.cli.host.service;

import java.util.List;

/** Runs one external command to completion: the service managers' port to {@code systemctl} and {@code launchctl}. */
@FunctionalInterface
public interface CommandRunner {

    /**
     * Runs {@code command} (program name or path, then arguments) and returns how it ended.
     *
     * @throws CommandNotFoundException when the program is not on {@code PATH}
     */
    CommandResult run(List<String> command);

    /** The program of a command is not on {@code PATH}. */
    final class CommandNotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CommandNotFoundException(String program) {
            super(program + " not found on PATH");
        }
    }
}
