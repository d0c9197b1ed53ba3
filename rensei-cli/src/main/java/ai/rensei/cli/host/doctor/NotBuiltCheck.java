package ai.rensei.cli.host.doctor;

/**
 * A check whose subject this version does not have yet: always SKIP with a fixed reason ({@code audit}: the audit
 * chain, issue #8; {@code memory}: the memory store, issue #7).
 */
final class NotBuiltCheck implements DoctorCheck {

    private final String id;
    private final String reason;

    NotBuiltCheck(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    @Override
    public CheckResult run(DoctorFacts facts) {
        return CheckResult.skip(id, reason);
    }
}
