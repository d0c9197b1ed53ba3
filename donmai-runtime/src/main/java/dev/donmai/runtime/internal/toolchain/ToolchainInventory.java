package dev.donmai.runtime.internal.toolchain;

import dev.donmai.runtime.api.ToolchainUnmet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The toolchains installed on this machine (sessions.md §14) and the check of a session's demands against them.
 * Probes run lazily on the first check and again once the last probe is older than the re-probe interval (10 min);
 * {@link #refresh()} runs them on demand, so no test waits for the period.
 */
public final class ToolchainInventory {

    /** The tools the runtime knows how to probe, with their probe commands in fallback order. */
    static final Map<String, List<List<String>>> PROBES = Map.of(
            "java", List.of(List.of("java", "-version")),
            "node", List.of(List.of("node", "--version")),
            "python", List.of(List.of("python3", "--version"), List.of("python", "--version")),
            "go", List.of(List.of("go", "version")));

    /** Each probe's timeout. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    /** How old probe results may get before the next check probes again. */
    public static final Duration REPROBE_INTERVAL = Duration.ofMinutes(10);

    /** What one probe found: the version, or nothing (not installed, or the probe failed). */
    record Probe(String tool, Optional<ToolVersion> version) {
    }

    /**
     * The outcome of a demand check.
     *
     * @param unmet        every demand not met, in tool order
     * @param toolchainKey sorted {@code tool@major.minor} of the demanded tools, or {@code none}
     * @param resolved     tool → resolved version of each met demand
     */
    public record Check(List<ToolchainUnmet> unmet, String toolchainKey, Map<String, String> resolved) {
        public Check {
            unmet = List.copyOf(unmet);
            resolved = Map.copyOf(resolved);
        }

        /** True when every demand is met. */
        public boolean satisfied() {
            return unmet.isEmpty();
        }
    }

    private final CommandRunner runner;
    private final Clock clock;
    private Map<String, Probe> probes;
    private Instant probedAt;

    public ToolchainInventory(CommandRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** Probes every known tool now. */
    public synchronized void refresh() {
        Map<String, Probe> found = new LinkedHashMap<>();
        for (String tool : new TreeSet<>(PROBES.keySet())) {
            found.put(tool, probe(tool));
        }
        probes = found;
        probedAt = clock.instant();
    }

    /** Tool → version of every tool found, probing first when the results are missing or stale. */
    public synchronized Map<String, String> installed() {
        ensureFresh();
        Map<String, String> out = new LinkedHashMap<>();
        probes.forEach((tool, probe) -> probe.version().ifPresent(v -> out.put(tool, v.toString())));
        return out;
    }

    /** Checks tool → demand; an unknown tool, a tool not installed, or a malformed demand is unmet. */
    public synchronized Check check(Map<String, String> demands) {
        if (demands.isEmpty()) {
            return new Check(List.of(), "none", Map.of());
        }
        ensureFresh();
        List<ToolchainUnmet> unmet = new ArrayList<>();
        Map<String, String> resolved = new LinkedHashMap<>();
        TreeSet<String> key = new TreeSet<>();
        for (String tool : new TreeSet<>(demands.keySet())) {
            String demandText = demands.get(tool);
            Probe probe = probes.get(tool);
            Optional<ToolVersion> version = probe == null ? Optional.empty() : probe.version();
            Optional<Demand> demand = Demand.parse(demandText);
            if (version.isPresent() && demand.isPresent() && demand.get().accepts(version.get())) {
                resolved.put(tool, version.get().toString());
                key.add(tool + "@" + version.get().majorMinor());
            } else {
                unmet.add(new ToolchainUnmet(tool, demandText, version.map(ToolVersion::toString).orElse(null)));
            }
        }
        return new Check(unmet, key.isEmpty() ? "none" : String.join(",", key), resolved);
    }

    private void ensureFresh() {
        if (probes == null || !clock.instant().isBefore(probedAt.plus(REPROBE_INTERVAL))) {
            refresh();
        }
    }

    private Probe probe(String tool) {
        for (List<String> command : PROBES.get(tool)) {
            Optional<ToolVersion> version = runner.run(command, PROBE_TIMEOUT)
                    .flatMap(output -> ToolVersion.fromProbeOutput(tool, output));
            if (version.isPresent()) {
                return new Probe(tool, version);
            }
        }
        return new Probe(tool, Optional.empty());
    }
}
