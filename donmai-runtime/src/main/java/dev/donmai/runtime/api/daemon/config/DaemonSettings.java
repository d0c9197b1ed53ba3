package dev.donmai.runtime.api.daemon.config;

import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.provider.Nullable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One daemon.yaml file as typed settings, every absent key at its documented default (host.md §4.2). A satellite
 * file's settings honour only {@code orchestrator.*} and the admission keys; the rest are the defaults.
 *
 * @param file          the file read; {@code null} when there was none ({@link #defaults})
 * @param apiVersion    {@code donmai.dev/v1} or the brand's {@code <brand>.dev/v1} ({@link ConfigSource#apiVersion()})
 * @param kind          {@code LocalDaemon}
 * @param machine       {@code machine.*}
 * @param control       {@code control.*}
 * @param capacity      {@code capacity.*}
 * @param admission     the admission keys: the only ones hot reload applies
 * @param orchestrator  {@code orchestrator.*}
 * @param modelAccess   the narrow-only machine block; {@code null} = identity
 * @param drain         {@code drain.*}
 * @param autoUpdate    {@code autoUpdate.*}
 * @param observability {@code observability.*}
 * @param session       {@code session.*}
 * @param harnesses     {@code harnesses.<id>.*} for the ids the file names
 * @param workarea      {@code workarea.*}
 * @param backstop      {@code backstop.*}
 * @param git           {@code git.authorName} / {@code git.authorEmail}
 * @param sections      the top-level sections whose keys other documents own ({@link #OWNED_ELSEWHERE}), as plain
 *                      YAML values ({@code Map}, {@code List}, {@code String}, {@code Long}, {@code Double},
 *                      {@code Boolean}) with {@code ${ENV}} expanded, for their owners to type
 */
public record DaemonSettings(@Nullable Path file, String apiVersion, String kind, Machine machine, Control control,
        Capacity capacity, Admission admission, Orchestrator orchestrator, @Nullable MachineAccess modelAccess,
        Drain drain, AutoUpdate autoUpdate, Observability observability, SessionSettings session,
        Map<String, HarnessSettings> harnesses, WorkareaSettings workarea, Backstop backstop, GitIdentity git,
        Map<String, Object> sections) {

    /** The OSS {@code apiVersion}, accepted under every brand. */
    public static final String API_VERSION = "donmai.dev/v1";
    /** The only {@code kind}. */
    public static final String KIND = "LocalDaemon";
    /**
     * Top-level sections owned by other documents (intelligence.md, audit.md, the kit and trust docs): accepted
     * without an unknown-key warning and handed over raw in {@link #sections}.
     */
    public static final List<String> OWNED_ELSEWHERE = List.of("intelligence", "events", "audit", "cost", "kit",
            "trust");

    public DaemonSettings {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(orchestrator, "orchestrator");
        Objects.requireNonNull(drain, "drain");
        Objects.requireNonNull(autoUpdate, "autoUpdate");
        Objects.requireNonNull(observability, "observability");
        Objects.requireNonNull(session, "session");
        harnesses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(harnesses));
        Objects.requireNonNull(workarea, "workarea");
        Objects.requireNonNull(backstop, "backstop");
        Objects.requireNonNull(git, "git");
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** The settings with the keys of host.md §4.2 only; the sessions.md sections at their defaults. */
    public DaemonSettings(@Nullable Path file, String apiVersion, String kind, Machine machine, Control control,
            Capacity capacity, Admission admission, Orchestrator orchestrator, @Nullable MachineAccess modelAccess,
            Drain drain, AutoUpdate autoUpdate, Observability observability, SessionSettings session,
            Map<String, HarnessSettings> harnesses) {
        this(file, apiVersion, kind, machine, control, capacity, admission, orchestrator, modelAccess, drain,
                autoUpdate, observability, session, harnesses, WorkareaSettings.DEFAULT, Backstop.DEFAULT,
                GitIdentity.DEFAULT, Map.of());
    }

    /**
     * The "No file" row of host.md §4.1: standalone (no orchestrator), empty allowlist (every session refused),
     * {@code maxConcurrentSessions} = clamp(⌊ncpu/2⌋, 1, 8), log at {@code <home>/daemon.log}, everything else at
     * its default.
     */
    public static DaemonSettings defaults(Path home, int cpuCount) {
        return new DaemonSettings(null, API_VERSION, KIND, Machine.NONE, Control.DEFAULT,
                Capacity.DEFAULT.withMaxConcurrentSessions(Capacity.sessionsFor(cpuCount)), Admission.NONE,
                Orchestrator.STANDALONE, null, Drain.DEFAULT, AutoUpdate.DEFAULT, Observability.defaults(home),
                SessionSettings.DEFAULT, Map.of());
    }

    /** The machine block, when the file has one. */
    public Optional<MachineAccess> machineAccess() {
        return Optional.ofNullable(modelAccess);
    }

    /** The file, when there is one. */
    public Optional<Path> source() {
        return Optional.ofNullable(file);
    }

    /** The harness settings for {@code harnessId}: the file's, else the defaults. */
    public HarnessSettings harness(String harnessId) {
        return harnesses.getOrDefault(harnessId, HarnessSettings.defaultsFor(harnessId));
    }

    /** These settings with another admission (hot reload, mutations). */
    public DaemonSettings withAdmission(Admission newAdmission) {
        return new DaemonSettings(file, apiVersion, kind, machine, control, capacity, newAdmission, orchestrator,
                modelAccess, drain, autoUpdate, observability, session, harnesses, workarea, backstop, git, sections);
    }

    /** These settings with another orchestrator block (environment token, forced stub). */
    public DaemonSettings withOrchestrator(Orchestrator newOrchestrator) {
        return new DaemonSettings(file, apiVersion, kind, machine, control, capacity, admission, newOrchestrator,
                modelAccess, drain, autoUpdate, observability, session, harnesses, workarea, backstop, git, sections);
    }

    /** These settings with another machine block ({@code modelAccess.set}/{@code .clear}; {@code null} = identity). */
    public DaemonSettings withModelAccess(@Nullable MachineAccess newModelAccess) {
        return new DaemonSettings(file, apiVersion, kind, machine, control, capacity, admission, orchestrator,
                newModelAccess, drain, autoUpdate, observability, session, harnesses, workarea, backstop, git,
                sections);
    }

    /** Section values may hold anything their owners define, so only their names are shown. */
    @Override
    public String toString() {
        return "DaemonSettings[file=" + file + ", apiVersion=" + apiVersion + ", kind=" + kind + ", machine=" + machine
                + ", control=" + control + ", capacity=" + capacity + ", admission=" + admission + ", orchestrator="
                + orchestrator + ", modelAccess=" + modelAccess + ", drain=" + drain + ", autoUpdate=" + autoUpdate
                + ", observability=" + observability + ", session=" + session + ", harnesses=" + harnesses
                + ", workarea=" + workarea + ", backstop=" + backstop + ", git=" + git + ", sections="
                + sections.keySet() + "]";
    }
}
