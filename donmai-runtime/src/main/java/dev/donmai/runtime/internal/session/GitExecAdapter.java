package dev.donmai.runtime.internal.session;

import dev.donmai.runtime.spi.git.GitException;
import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.git.GitResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link SessionGit} over the runtime's one {@link GitExec} port (sessions.md §13: all git goes through it). The
 * runner treats every git problem as a value it can turn into a warning, so a command that could not start, timed
 * out or was interrupted becomes exit code -1 instead of an exception.
 */
final class GitExecAdapter implements SessionGit {

    private final GitExec git;

    GitExecAdapter(GitExec git) {
        this.git = git;
    }

    @Override
    public GitOutput run(Path cwd, List<String> args, Map<String, String> extraEnv, Duration timeout) {
        try {
            GitResult result = git.run(cwd, args, extraEnv, timeout);
            return new GitOutput(result.exitCode(), result.stdout(), result.stderr());
        } catch (GitException e) {
            if (e.kind() == GitException.Kind.INTERRUPTED) {
                Thread.currentThread().interrupt();
            }
            return new GitOutput(-1, "", e.getMessage() == null ? e.kind().toString() : e.getMessage());
        }
    }
}
