package ai.rensei.cli.host.service;

import java.util.Objects;

/** A service manager could not do what was asked: it is unusable here, or one of its commands failed. */
public final class ServiceManagerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** The manager cannot be used at all (not installed, no running systemd / launchd domain to talk to). */
        UNAVAILABLE,
        /** The manager answered, but the command failed. */
        FAILED
    }

    private final Kind kind;
    private final String detail;

    ServiceManagerException(Kind kind, String detail) {
        super(detail);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    static ServiceManagerException unavailable(String detail) {
        return new ServiceManagerException(Kind.UNAVAILABLE, detail);
    }

    static ServiceManagerException failed(CommandResult result) {
        return new ServiceManagerException(Kind.FAILED, "`" + result.commandLine() + "` failed: " + result.detail());
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, one line. */
    public String detail() {
        return detail;
    }

    /** The line host.md §1.2 prescribes for an unusable manager (also {@code host doctor}'s message). */
    public static String unavailableLine(String detail) {
        return "service manager unavailable: " + detail + "; run `rensei host run` in the foreground";
    }
}
