package ai.rensei.cli.host.doctor;

import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import dev.donmai.runtime.api.daemon.config.Orchestrator;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalInt;

/** {@code orchestrator}: the configured orchestrator URL answers with any HTTP status within 5 s. */
final class OrchestratorCheck implements DoctorCheck {

    static final String ID = "orchestrator";
    static final Duration LIMIT = Duration.ofSeconds(5);

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (!(facts.config() instanceof ConfigLoadResult.Loaded loaded)) {
            return CheckResult.skip(ID, "config invalid");
        }
        Orchestrator orchestrator = loaded.config().primary().orchestrator();
        if (facts.env().forceStub() || orchestrator.stubRegistration()) {
            return CheckResult.skip(ID, "stub registration (no network)");
        }
        if (orchestrator.standalone() || orchestrator.url().isEmpty()) {
            return CheckResult.skip(ID, "standalone (no orchestrator.url)");
        }
        URI url = orchestrator.url().get();
        OptionalInt status = HttpProbe.status(url, LIMIT);
        if (status.isPresent()) {
            return CheckResult.pass(ID, url + " answered HTTP " + status.getAsInt());
        }
        return CheckResult.fail(ID, "cannot reach " + url);
    }
}
