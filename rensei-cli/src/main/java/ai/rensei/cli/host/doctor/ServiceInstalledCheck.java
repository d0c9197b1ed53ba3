package ai.rensei.cli.host.doctor;

/** {@code service-installed}: the unit or plist exists. */
final class ServiceInstalledCheck implements DoctorCheck {

    static final String ID = "service-installed";

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (facts.installed()) {
            return CheckResult.pass(ID, "service registered at " + facts.location().file());
        }
        return CheckResult.fail(ID, "no service registered at " + facts.location().file()
                + "; run `rensei host install`");
    }
}
