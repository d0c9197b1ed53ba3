package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.runtime.spi.git.GitException;
import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.git.GitResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the git commands of one verb within its {@link Deadline} and turns every way git can fail into the
 * {@link ProviderException} the contracts allow: a timeout into {@code Timeout}, an interrupt into {@code Cancelled}
 * (the flag stays set), anything else into {@code OperationFailed(verb, code)} with the {@link GitException} as
 * cause (its message names the subcommand and git's last error line, never a credential).
 */
final class GitRunner {

    private final GitExec exec;
    private final Deadline deadline;
    private final Map<String, String> env;

    GitRunner(GitExec exec, Deadline deadline) {
        this(exec, deadline, Map.of());
    }

    GitRunner(GitExec exec, Deadline deadline, Map<String, String> env) {
        this.exec = exec;
        this.deadline = deadline;
        this.env = Map.copyOf(env);
    }

    /** The same runner with {@code extraEnv} (e.g. credentials) on every command. */
    GitRunner withEnv(Map<String, String> extraEnv) {
        return new GitRunner(exec, deadline, extraEnv);
    }

    Deadline deadline() {
        return deadline;
    }

    String verb() {
        return deadline.verb();
    }

    /** Runs and returns the answer, whatever the exit code. */
    GitResult run(Path cwd, String... args) {
        return run(cwd, Arrays.asList(args));
    }

    GitResult run(Path cwd, List<String> args) {
        try {
            return exec.run(cwd, args, env, deadline.remaining());
        } catch (GitException e) {
            throw translate(e, "git-" + e.subcommand());
        }
    }

    /** Runs a cleanup command that must be tried even when the verb's time is spent; never throws. */
    boolean tryRun(Path cwd, String... args) {
        try {
            return exec.run(cwd, Arrays.asList(args), env, deadline.remainingForCleanup()).ok();
        } catch (GitException e) {
            if (e.kind() == GitException.Kind.INTERRUPTED) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** Runs, requires exit 0, returns trimmed stdout; a failure is {@code OperationFailed(verb, code)}. */
    String require(String code, Path cwd, String... args) {
        return require(code, cwd, Arrays.asList(args));
    }

    String require(String code, Path cwd, List<String> args) {
        GitResult result = run(cwd, args);
        if (!result.ok()) {
            GitException cause = GitException.failed(subcommand(args), result.exitCode(), result.stderr());
            throw new ProviderException.OperationFailed(verb(), code, false, cause);
        }
        return result.out();
    }

    ProviderException translate(GitException e, String code) {
        switch (e.kind()) {
            case TIMED_OUT:
                return deadline.expired();
            case INTERRUPTED:
                Thread.currentThread().interrupt();
                return new ProviderException.Cancelled(verb());
            case NOT_STARTED:
                return new ProviderException.OperationFailed(verb(), "git-unavailable", false, e);
            default:
                return new ProviderException.OperationFailed(verb(), code, false, e);
        }
    }

    private static String subcommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-c") || arg.equals("-C")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return i + 1 < args.size() && !args.get(i + 1).startsWith("-")
                        && (arg.equals("worktree") || arg.equals("remote")) ? arg + " " + args.get(i + 1) : arg;
            }
        }
        return "git";
    }
}
