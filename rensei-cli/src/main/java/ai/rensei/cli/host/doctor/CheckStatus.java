package ai.rensei.cli.host.doctor;

import java.util.Locale;

/** The verdict of one doctor check. */
public enum CheckStatus {
    PASS, WARN, FAIL, SKIP;

    /** {@code [PASS]} etc., as the text report prints it. */
    public String tag() {
        return "[" + name() + "]";
    }

    /** {@code pass} etc., as {@code --json} prints it. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
