package ai.rensei.cli.host.doctor;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the doctor report.
 *
 * @param id      the check's id (host.md §6)
 * @param status  its verdict
 * @param message what it found, one line
 * @param hint    what to do about it, when the message does not already say
 */
public record CheckResult(String id, CheckStatus status, String message, Optional<String> hint) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    static CheckResult pass(String id, String message) {
        return new CheckResult(id, CheckStatus.PASS, message, Optional.empty());
    }

    static CheckResult warn(String id, String message) {
        return new CheckResult(id, CheckStatus.WARN, message, Optional.empty());
    }

    static CheckResult fail(String id, String message) {
        return new CheckResult(id, CheckStatus.FAIL, message, Optional.empty());
    }

    static CheckResult skip(String id, String message) {
        return new CheckResult(id, CheckStatus.SKIP, message, Optional.empty());
    }

    /** This result with a hint. */
    CheckResult withHint(String text) {
        return new CheckResult(id, status, message, Optional.of(text));
    }

    /** {@code [STATUS] <id>  <message>}. */
    public String line() {
        return status.tag() + " " + id + "  " + message;
    }
}
