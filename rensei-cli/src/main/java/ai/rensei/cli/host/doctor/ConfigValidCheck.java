package ai.rensei.cli.host.doctor;

import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import dev.donmai.runtime.api.daemon.config.Satellite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code config-valid}: every daemon.yaml file loads, or there is none and the defaults apply. */
final class ConfigValidCheck implements DoctorCheck {

    static final String ID = "config-valid";

    @Override
    public CheckResult run(DoctorFacts facts) {
        if (facts.config() instanceof ConfigLoadResult.Invalid invalid) {
            return CheckResult.fail(ID, invalid.errors().get(0).render());
        }
        ConfigLoadResult.Loaded loaded = (ConfigLoadResult.Loaded) facts.config();
        List<String> files = new ArrayList<>();
        Path primary = facts.configFiles().primary();
        if (Files.exists(primary)) {
            files.add(primary.toString());
        }
        for (Satellite satellite : loaded.config().satellites()) {
            files.add(facts.home().resolve(Satellite.fileName(satellite.org())).toString());
        }
        return CheckResult.pass(ID, files.isEmpty() ? "defaults" : "valid: " + String.join(", ", files));
    }
}
