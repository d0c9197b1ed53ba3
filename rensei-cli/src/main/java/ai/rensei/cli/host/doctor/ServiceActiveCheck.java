package ai.rensei.cli.host.doctor;

import ai.rensei.cli.host.service.ServiceManagerException;

/** {@code service-active}: the service manager reports the service running. */
final class ServiceActiveCheck implements DoctorCheck {

    static final String ID = "service-active";

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (!facts.installed()) {
            return CheckResult.skip(ID, "service not installed");
        }
        if (facts.managerUnavailable().isPresent()) {
            return CheckResult.fail(ID, ServiceManagerException.unavailableLine(facts.managerUnavailable().get()));
        }
        if (facts.serviceActive().orElse(false)) {
            return CheckResult.pass(ID, "service is running (" + facts.location().scope().managerName() + ")");
        }
        return CheckResult.warn(ID, "service installed but not running; run `rensei host start`");
    }
}
