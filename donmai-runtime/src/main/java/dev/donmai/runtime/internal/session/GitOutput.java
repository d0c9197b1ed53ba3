package dev.donmai.runtime.internal.session;

/**
 * What one git command returned.
 *
 * @param exitCode the exit code (-1 when it could not start or timed out)
 * @param stdout   standard output
 * @param stderr   standard error
 */
record GitOutput(int exitCode, String stdout, String stderr) {

    /** True when git exited 0. */
    boolean ok() {
        return exitCode == 0;
    }

    /** stdout without surrounding whitespace. */
    String out() {
        return stdout.strip();
    }

    /** A one-line description of a failure, for warnings. */
    String failure() {
        String err = stderr.strip();
        int newline = err.indexOf('\n');
        return "exit " + exitCode + (err.isEmpty() ? "" : ": " + (newline < 0 ? err : err.substring(0, newline)));
    }
}
