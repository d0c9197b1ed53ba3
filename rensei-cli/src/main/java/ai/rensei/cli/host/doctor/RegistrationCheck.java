package ai.rensei.cli.host.doctor;

import ai.rensei.cli.CliException;
import ai.rensei.cli.daemon.DaemonClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** {@code registration}: the daemon's {@code registration} block of {@code GET /status}. */
final class RegistrationCheck implements DoctorCheck {

    static final String ID = "registration";
    private static final Set<String> GOOD = Set.of("registered", "stub", "disabled");
    private static final int FAILING = 3;

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (!facts.daemonHealthy()) {
            return CheckResult.skip(ID, "daemon not running");
        }
        JsonNode registration;
        try {
            registration = new DaemonClient(facts.address(), facts.env()).get("/status").path("registration");
        } catch (CliException e) {
            return CheckResult.warn(ID, "cannot read the daemon's status: "
                    + e.lines().get(0).replaceFirst("^error: ", ""));
        }
        String state = registration.path("state").asText("unknown");
        int failures = registration.path("consecutiveFailures").asInt(0);
        JsonNode lastError = registration.path("lastError");
        String error = lastError.isTextual() && !lastError.asText().isBlank() ? lastError.asText() : "unknown error";
        if (failures >= FAILING) {
            return CheckResult.fail(ID, "registration failing (" + failures + " consecutive): " + error);
        }
        if (failures > 0) {
            return CheckResult.warn(ID, "registration " + state + " with " + failures + " consecutive failure"
                    + (failures == 1 ? "" : "s") + ": " + error);
        }
        if (GOOD.contains(state)) {
            return CheckResult.pass(ID, state);
        }
        return CheckResult.warn(ID, "registration " + state);
    }
}
