package dev.donmai.runtime.spi.git;

import java.util.Objects;

/**
 * What one git command printed and how it exited.
 *
 * @param exitCode the process exit code
 * @param stdout   everything it wrote to standard output, as UTF-8
 * @param stderr   what it wrote to standard error, as UTF-8 (implementations may keep only the tail)
 */
public record GitResult(int exitCode, String stdout, String stderr) {

    public GitResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** True when git exited 0. */
    public boolean ok() {
        return exitCode == 0;
    }

    /** Standard output without surrounding whitespace: the usual way to read a one-value answer. */
    public String out() {
        return stdout.strip();
    }

    /**
     * This result when git exited 0.
     *
     * @param what the git subcommand, for the message (e.g. {@code "worktree add"})
     * @throws GitException {@link GitException.Kind#FAILED} naming {@code what}, the exit code and the last line of
     *         standard error
     */
    public GitResult requireOk(String what) {
        if (!ok()) {
            throw GitException.failed(what, exitCode, stderr);
        }
        return this;
    }

    /** The last non-blank line of standard error, or the empty string. */
    public String lastErrorLine() {
        return GitException.lastLine(stderr);
    }
}
