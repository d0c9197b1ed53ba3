package dev.donmai.runtime.spi.git;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A git command that did not give the answer its caller needs. The message names the git subcommand, the exit code
 * and the last line of standard error, with the user info of any URL in it replaced by {@code ***}; it never carries
 * credentials (those travel only in the child's environment, see {@link GitCredentials}).
 */
public final class GitException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    // user:password@ or token@ inside a URL; git echoes remote URLs in some errors.
    private static final Pattern URL_USERINFO = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]+@");

    /** Why the command gave no usable answer. */
    public enum Kind {
        /** It ran and exited non-zero where the caller needed success. */
        FAILED,
        /** It outlived its timeout and was killed. */
        TIMED_OUT,
        /** The caller was interrupted while waiting; the command was killed and the interrupt flag is set. */
        INTERRUPTED,
        /** The git binary could not be started. */
        NOT_STARTED
    }

    private final Kind kind;
    private final String subcommand;
    private final int exitCode;
    private final String lastErrorLine;

    private GitException(Kind kind, String subcommand, int exitCode, String lastErrorLine, String message,
            Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subcommand = Objects.requireNonNull(subcommand, "subcommand");
        this.exitCode = exitCode;
        this.lastErrorLine = lastErrorLine;
    }

    /** A command that exited {@code exitCode}; {@code stderr} contributes its last line. */
    public static GitException failed(String subcommand, int exitCode, String stderr) {
        String line = redact(lastLine(stderr));
        return new GitException(Kind.FAILED, subcommand, exitCode, line,
                "git " + subcommand + " exited " + exitCode + (line.isEmpty() ? "" : ": " + line), null);
    }

    /** A command killed after {@code timeout}. */
    public static GitException timedOut(String subcommand, Duration timeout) {
        return new GitException(Kind.TIMED_OUT, subcommand, -1, "",
                "git " + subcommand + " timed out after " + timeout, null);
    }

    /** A command abandoned because the caller was interrupted. */
    public static GitException interrupted(String subcommand) {
        return new GitException(Kind.INTERRUPTED, subcommand, -1, "", "git " + subcommand + " interrupted", null);
    }

    /** A git binary that could not be started. */
    public static GitException notStarted(String subcommand, Throwable cause) {
        return new GitException(Kind.NOT_STARTED, subcommand, -1, "",
                "git " + subcommand + " could not start: " + cause.getClass().getSimpleName(), cause);
    }

    /** Why it failed. */
    public Kind kind() {
        return kind;
    }

    /** The git subcommand, e.g. {@code "worktree add"}. */
    public String subcommand() {
        return subcommand;
    }

    /** The exit code, when the command ran to an exit. */
    public OptionalInt exitCode() {
        return kind == Kind.FAILED ? OptionalInt.of(exitCode) : OptionalInt.empty();
    }

    /** The last line of standard error (redacted), or the empty string. */
    public String lastErrorLine() {
        return lastErrorLine;
    }

    static String lastLine(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    /** {@code text} with the user info of every URL replaced by {@code ***}. */
    static String redact(String text) {
        return URL_USERINFO.matcher(text).replaceAll("$1***@");
    }
}
