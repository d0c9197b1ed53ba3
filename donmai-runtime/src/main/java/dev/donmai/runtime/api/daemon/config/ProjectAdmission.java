package dev.donmai.runtime.api.daemon.config;

import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.runtime.internal.daemon.config.AdmissionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Project admission over every file (host.md §4.3 "Orgs"): an {@code organizationId} that names a satellite is
 * decided by that file alone; otherwise the primary file decides, then the satellites in name order, and the first
 * that admits is the session's org scope. When none admits, the primary file's refusal is the answer.
 */
public final class ProjectAdmission {

    private ProjectAdmission() {
    }

    /** Admits or refuses {@code spec} under {@code config}. */
    public static AdmissionDecision decide(DaemonConfig config, SessionSpec spec) {
        Optional<String> org = Optional.ofNullable(spec.organizationId()).filter(o -> !o.isBlank());
        Optional<Satellite> named = org.flatMap(config::satellite);
        if (named.isPresent()) {
            return AdmissionRules.decide(named.get().settings().admission(), spec, named.map(Satellite::org));
        }
        List<AdmissionDecision> decisions = new ArrayList<>();
        decisions.add(AdmissionRules.decide(config.primary().admission(), spec, Optional.empty()));
        for (Satellite satellite : config.satellites()) {
            decisions.add(AdmissionRules.decide(satellite.settings().admission(), spec, Optional.of(satellite.org())));
        }
        return decisions.stream().filter(d -> d instanceof AdmissionDecision.Admitted).findFirst()
                .orElse(decisions.get(0));
    }
}
