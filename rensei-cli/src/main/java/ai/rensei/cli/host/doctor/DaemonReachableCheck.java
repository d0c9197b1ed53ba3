package ai.rensei.cli.host.doctor;

/** {@code daemon-reachable}: {@code /healthz} answers 200. */
final class DaemonReachableCheck implements DoctorCheck {

    static final String ID = "daemon-reachable";

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (facts.daemonHealthy()) {
            return CheckResult.pass(ID, "daemon answers at " + facts.address());
        }
        String answer = facts.healthStatus().isPresent() ? " (/healthz answered HTTP "
                + facts.healthStatus().getAsInt() + ")" : "";
        if (facts.serviceActive().orElse(false)) {
            return CheckResult.fail(ID, "service is running but the daemon does not answer at " + facts.address()
                    + answer);
        }
        return CheckResult.warn(ID, "daemon not running; start it with `rensei host run` or `rensei host start`");
    }
}
