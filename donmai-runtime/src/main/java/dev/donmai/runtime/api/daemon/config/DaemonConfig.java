package dev.donmai.runtime.api.daemon.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the daemon was configured with: the primary file and the satellites, in org-name order.
 *
 * @param primary    the primary file ({@code <home>/daemon.yaml} or {@code --config}), or the defaults
 * @param satellites one per {@code <home>/daemon-<org>.yaml}, sorted by org; orgs unique
 */
public record DaemonConfig(DaemonSettings primary, List<Satellite> satellites) {

    public DaemonConfig {
        Objects.requireNonNull(primary, "primary");
        List<Satellite> sorted = new ArrayList<>(satellites);
        sorted.sort(Comparator.comparing(Satellite::org));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).org().equals(sorted.get(i - 1).org())) {
                throw new IllegalArgumentException("duplicate satellite org " + sorted.get(i).org());
            }
        }
        satellites = List.copyOf(sorted);
    }

    /** Only a primary. */
    public static DaemonConfig of(DaemonSettings primary) {
        return new DaemonConfig(primary, List.of());
    }

    /** {@code projectsAllowed} of {@code /status}: allowlist entries over the primary and every satellite. */
    public int projectsAllowed() {
        return primary.admission().projectsAllowed()
                + satellites.stream().mapToInt(s -> s.settings().admission().projectsAllowed()).sum();
    }

    /** The satellite of {@code org}, if there is one. */
    public Optional<Satellite> satellite(String org) {
        return satellites.stream().filter(s -> s.org().equals(org)).findFirst();
    }

    /**
     * Hot reload (host.md §4.1): this configuration with only the live admission keys ({@code projects},
     * {@code projectAdmissionMode}, {@code enabledProjectIds}, {@code repositories}) taken from {@code reloaded},
     * file by file, never as a global replace. A file whose {@code projectAdmissionVersion} changed keeps its
     * previous admission (the version needs a restart); satellites that appeared or disappeared apply at the next
     * start, so only orgs present in both are updated.
     */
    public DaemonConfig withAllowlists(DaemonConfig reloaded) {
        DaemonSettings newPrimary = liveAdmission(primary, reloaded.primary());
        List<Satellite> newSatellites = new ArrayList<>();
        for (Satellite satellite : satellites) {
            newSatellites.add(reloaded.satellite(satellite.org())
                    .map(r -> new Satellite(satellite.org(), liveAdmission(satellite.settings(), r.settings())))
                    .orElse(satellite));
        }
        return new DaemonConfig(newPrimary, newSatellites);
    }

    /** This configuration with one org's settings replaced ({@code ""} or {@code null} org = the primary). */
    public DaemonConfig withSettings(String org, DaemonSettings settings) {
        if (org == null || org.isEmpty()) {
            return new DaemonConfig(settings, satellites);
        }
        List<Satellite> newSatellites = new ArrayList<>();
        satellites.stream().filter(s -> !s.org().equals(org)).forEach(newSatellites::add);
        newSatellites.add(new Satellite(org, settings));
        return new DaemonConfig(primary, newSatellites);
    }

    private static DaemonSettings liveAdmission(DaemonSettings current, DaemonSettings reloaded) {
        if (current.admission().version() != reloaded.admission().version()) {
            return current;
        }
        return current.withAdmission(reloaded.admission());
    }
}
