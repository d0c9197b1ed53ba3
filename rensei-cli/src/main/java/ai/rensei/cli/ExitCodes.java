package ai.rensei.cli;

/** Process exit codes shared by every command (host.md §1.1). */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Operational failure: daemon unreachable, non-2xx reply, failed check, I/O. */
    public static final int FAILURE = 1;
    /** Usage or configuration error: unknown verb or flag, bad value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
