package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.runtime.api.daemon.DaemonState;
import dev.donmai.runtime.api.daemon.config.Admission;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.ProjectEntry;
import dev.donmai.runtime.internal.protocol.WorkerHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The daemon as the protocol client sees it: identity and load for R1/R3, admission through the
 * {@link SessionSupervisor}, and {@code project.*} mutations applied to the live primary config (in memory: a restart
 * or reload goes back to daemon.yaml).
 */
final class DaemonWorkerHost implements WorkerHost {

    private final Lifecycle lifecycle;
    private final SessionSupervisor sessions;
    private final LiveCapacity capacity;
    private final AtomicReference<DaemonConfig> config;
    private final MachineIdentity identity;
    private final String hostname;
    private final String version;

    DaemonWorkerHost(Lifecycle lifecycle, SessionSupervisor sessions, LiveCapacity capacity,
            AtomicReference<DaemonConfig> config, MachineIdentity identity, String hostname, String version) {
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.capacity = capacity;
        this.config = config;
        this.identity = identity;
        this.hostname = hostname;
        this.version = version;
    }

    @Override
    public ObjectNode registration() {
        ObjectNode body = Json.object().put("machineId", identity.machineId()).put("hostname", hostname)
                .put("capacity", Math.max(1, capacity.maxConcurrentSessions())).put("version", version);
        body.set("projects", projects(config.get().primary().admission()));
        return body;
    }

    @Override
    public boolean ready() {
        return lifecycle.state() == DaemonState.READY;
    }

    @Override
    public boolean refusing() {
        return !lifecycle.state().admits();
    }

    @Override
    public int activeCount() {
        return sessions.active();
    }

    @Override
    public int maxSessions() {
        return capacity.maxConcurrentSessions();
    }

    @Override
    public ObjectNode allowlist() {
        Admission admission = config.get().primary().admission();
        ObjectNode out = Json.object();
        out.set("allowlist", projects(admission));
        ArrayNode enabled = out.putArray("enabledProjectIds");
        admission.enabledIds().forEach(enabled::add);
        out.put("projectAdmissionMode", admission.mode().wire());
        return out;
    }

    /** {@code [{id, repository?}]}, the placement filter's input (§8.4). */
    private static ArrayNode projects(Admission admission) {
        ArrayNode out = Json.array();
        if (admission.version() == 1) {
            admission.projects().forEach(p -> {
                ObjectNode entry = out.addObject().put("id", p.id());
                p.repository().ifPresent(r -> entry.put("repository", r));
            });
        } else {
            admission.enabledProjectIds().forEach(id -> {
                ObjectNode entry = out.addObject().put("id", id);
                admission.repositoriesOf(id).stream().findFirst().ifPresent(r -> entry.put("repository", r.source()));
            });
        }
        return out;
    }

    @Override
    public Admitted admit(ObjectNode item, int attempt, String claimId) {
        return sessions.admitOrchestrated(item, attempt, claimId);
    }

    @Override
    public boolean stop(String sessionId, FailureMode mode) {
        return sessions.stop(sessionId, mode);
    }

    @Override
    public Optional<String> applyProjectMutation(String op, JsonNode params) {
        String id = params.path("id").asText("");
        if (id.isEmpty()) {
            return Optional.of("invalid-params");
        }
        synchronized (config) {
            DaemonConfig current = config.get();
            Admission admission = current.primary().admission();
            Optional<Admission> next = admission.version() == 1 ? v1(admission, op, id, params)
                    : v2(admission, op, id);
            if (next.isEmpty()) {
                return Optional.of("unsupported-op");
            }
            config.set(current.withSettings(null, current.primary().withAdmission(next.get())));
            return Optional.empty();
        }
    }

    private static Optional<Admission> v1(Admission admission, String op, String id, JsonNode params) {
        List<ProjectEntry> projects = new ArrayList<>(admission.projects());
        boolean known = projects.stream().anyMatch(p -> p.id().equals(id));
        switch (op) {
            case "project.add":
            case "project.enable":
                if (!known) {
                    String repository = params.path("repository").asText("");
                    projects.add(ProjectEntry.of(id, repository.isEmpty() ? Optional.empty() : Optional.of(repository)));
                }
                break;
            case "project.remove":
            case "project.disable":
                projects.removeIf(p -> p.id().equals(id));
                break;
            default:
                return Optional.empty();
        }
        return Optional.of(new Admission(1, admission.mode(), projects, List.of(), List.of()));
    }

    private static Optional<Admission> v2(Admission admission, String op, String id) {
        List<String> enabled = new ArrayList<>(admission.enabledProjectIds());
        if ("project.enable".equals(op)) {
            if (!enabled.contains(id)) {
                enabled.add(id);
            }
        } else if ("project.disable".equals(op)) {
            enabled.remove(id);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Admission(2, admission.mode(), List.of(), enabled, admission.repositories()));
    }
}
