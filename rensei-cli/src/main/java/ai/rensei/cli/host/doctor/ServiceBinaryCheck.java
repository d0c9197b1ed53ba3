package ai.rensei.cli.host.doctor;

import java.nio.file.Path;

/** {@code service-binary}: the binary the service runs exists and is executable. */
final class ServiceBinaryCheck implements DoctorCheck {

    static final String ID = "service-binary";

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (!facts.installed()) {
            return CheckResult.skip(ID, "service not installed");
        }
        if (facts.hostBinary().isEmpty()) {
            return CheckResult.fail(ID, "service file names no command; run `rensei host install`");
        }
        Path binary = facts.hostBinary().get();
        if (facts.binaryPresent()) {
            return CheckResult.pass(ID, binary.toString());
        }
        return CheckResult.fail(ID, "service points at missing binary " + binary + "; run `rensei host install`");
    }
}
