package dev.donmai.runtime.spi.git;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs one git command and reports how it went. A non-zero exit is an answer ({@link GitResult#exitCode()}), not an
 * exception: many git commands use it to say "no" (e.g. {@code rev-parse --verify}). Only a command that cannot run
 * to an answer throws.
 *
 * <p>Implementations are thread-safe; concurrent commands are independent processes.
 */
public interface GitExec {

    /**
     * Runs {@code git args} in {@code cwd}.
     *
     * @param cwd     the working directory of the command
     * @param args    the arguments after the binary, e.g. {@code ["status", "--porcelain"]}; never secrets
     * @param timeout how long the command may run before it is killed
     * @return the exit code and captured output
     * @throws GitException {@link GitException.Kind#TIMED_OUT} when the command outlived {@code timeout},
     *         {@link GitException.Kind#INTERRUPTED} when the caller was interrupted (its interrupt flag stays set),
     *         {@link GitException.Kind#NOT_STARTED} when git could not be started
     */
    default GitResult run(Path cwd, List<String> args, Duration timeout) {
        return run(cwd, args, Map.of(), timeout);
    }

    /**
     * Runs {@code git args} in {@code cwd} with {@code extraEnv} added to the child's environment. Secret values
     * (e.g. from {@link GitCredentials}) belong here and never in {@code args}.
     *
     * @see #run(Path, List, Duration)
     */
    GitResult run(Path cwd, List<String> args, Map<String, String> extraEnv, Duration timeout);
}
