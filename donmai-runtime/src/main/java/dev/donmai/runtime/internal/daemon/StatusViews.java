package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.runtime.api.ProviderDescription;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.daemon.config.Admission;
import dev.donmai.runtime.api.daemon.config.Capacity;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.api.daemon.config.Satellite;
import dev.donmai.runtime.api.daemon.DaemonState;
import dev.donmai.runtime.internal.daemon.state.OutboxSummary;
import dev.donmai.runtime.internal.protocol.ProtocolWorker;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The read-only views of the control API: status, stats, doctor, heartbeat, providers and routing (host.md §3). */
final class StatusViews {

    /** What the views read; everything is live except the identity and the start instant. */
    record Sources(Lifecycle lifecycle, MachineIdentity identity, String version, String hostname,
            Supplier<DaemonConfig> config, Optional<Path> configPath, LiveCapacity capacity,
            SessionSupervisor sessions, StateStore store, ProviderRegistry registry,
            Supplier<InetSocketAddress> control, Clock clock, Supplier<Optional<ProtocolWorker>> worker) {
    }

    private final Sources s;

    StatusViews(Sources sources) {
        this.s = sources;
    }

    /** {@code status} as reported: the state, or {@code degraded} after three failed protocol ticks (§5.1). */
    String status() {
        DaemonState state = s.lifecycle().state();
        if (state == DaemonState.READY && s.worker().get().map(ProtocolWorker::degraded).orElse(false)) {
            return "degraded";
        }
        return state.wire();
    }

    ObjectNode status(Instant now) {
        DaemonConfig config = s.config().get();
        ObjectNode out = Json.object();
        out.put("status", status());
        out.put("machineId", s.identity().machineId());
        out.put("version", s.version());
        out.put("pid", ProcessHandle.current().pid());
        out.put("uptimeSeconds", Duration.between(s.lifecycle().startedAt(), now).toSeconds());
        out.put("activeSessions", s.sessions().active());
        out.put("maxSessions", s.capacity().maxConcurrentSessions());
        out.put("projectsAllowed", config.projectsAllowed());
        out.put("timestamp", Json.seconds(now));
        out.set("registration", registrationJson(config.primary()));
        out.set("outbox", outbox());
        return out;
    }

    ObjectNode stats(Instant now, boolean pool, boolean byMachine) {
        DaemonConfig config = s.config().get();
        DaemonSettings primary = config.primary();
        Capacity c = primary.capacity();
        ObjectNode out = Json.object();
        ObjectNode capacity = out.putObject("capacity");
        capacity.put("maxConcurrentSessions", s.capacity().maxConcurrentSessions());
        capacity.put("maxVCpuPerSession", c.maxVCpuPerSession());
        capacity.put("maxMemoryMbPerSession", c.maxMemoryMbPerSession());
        capacity.put("reservedVCpu", c.reservedVCpu());
        capacity.put("reservedMemoryMb", c.reservedMemoryMb());
        capacity.put("poolMaxDiskGb", s.capacity().poolMaxDiskGb());
        out.put("activeSessions", s.sessions().active());
        out.put("queueDepth", 0);
        workerId(primary).ifPresent(id -> out.put("workerId", id));
        out.set("registration", registrationJson(primary));
        Admission admission = primary.admission();
        out.put("projectAdmissionVersion", admission.version());
        out.put("projectAdmissionMode", admission.mode().wire());
        ArrayNode enabled = out.putArray("enabledProjectIds");
        admission.enabledIds().forEach(enabled::add);
        ArrayNode applied = out.putArray("appliedProjectIds");
        admission.enabledIds().forEach(applied::add);
        ArrayNode allowed = out.putArray("allowedProjects");
        admission.allowedProjects().forEach(allowed::add);
        if (!config.satellites().isEmpty()) {
            ArrayNode orgs = out.putArray("orgs");
            for (Satellite satellite : config.satellites()) {
                ObjectNode org = orgs.addObject().put("org", satellite.org());
                ArrayNode ids = org.putArray("enabledProjectIds");
                satellite.settings().admission().enabledIds().forEach(ids::add);
                org.set("registration", registration(satellite.settings()).json());
            }
        }
        if (pool) {
            out.set("pool", Json.object().put("maxDiskGb", s.capacity().poolMaxDiskGb()));
        }
        if (byMachine) {
            ArrayNode machines = out.putArray("byMachine");
            ObjectNode me = machines.addObject().put("id", s.identity().machineId());
            me.put("region", primary.machine().region().orElse(""));
            me.put("status", status());
            me.put("version", s.version());
            me.put("activeSessions", s.sessions().active());
            me.put("capacity", s.capacity().maxConcurrentSessions());
            me.put("uptimeSeconds", Duration.between(s.lifecycle().startedAt(), now).toSeconds());
            me.put("lastSeenAt", Json.seconds(now));
        }
        out.put("timestamp", Json.seconds(now));
        return out;
    }

    ObjectNode doctor(Instant now) {
        DaemonConfig config = s.config().get();
        DaemonSettings primary = config.primary();
        ObjectNode out = Json.object();
        out.put("state", s.lifecycle().state().wire());
        out.put("status", status());
        out.put("version", s.version());
        out.put("configLoaded", s.configPath().isPresent());
        out.put("configPath", s.configPath().map(Path::toString).orElse(""));
        out.put("machineId", s.identity().machineId());
        primary.machine().id().ifPresent(name -> out.put("machineName", name));
        workerId(primary).ifPresent(id -> out.put("workerId", id));
        out.put("projectCount", config.projectsAllowed());
        primary.orchestrator().url().ifPresent(url -> out.put("orchestratorUrl", url.toString()));
        out.set("heartbeat", Json.object());
        out.set("registration", registrationJson(primary));
        InetSocketAddress control = s.control().get();
        out.putObject("control").put("host", control.getHostString()).put("port", control.getPort());
        out.put("timestamp", Json.seconds(now));
        return out;
    }

    ObjectNode providers() {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("providers");
        Set<String> families = new LinkedHashSet<>();
        for (ProviderDescription d : s.registry().describe()) {
            list.add(provider(d));
            families.add(d.ref().family().wire());
        }
        out.put("partialCoverage", true);
        ArrayNode covered = out.putArray("coveredFamilies");
        families.forEach(covered::add);
        return out;
    }

    Optional<ObjectNode> provider(String id) {
        return s.registry().describe().stream().filter(d -> d.ref().id().equals(id)).findFirst()
                .map(d -> {
                    ObjectNode out = Json.object();
                    out.set("provider", provider(d));
                    return out;
                });
    }

    private static ObjectNode provider(ProviderDescription d) {
        ObjectNode out = Json.object();
        out.put("id", d.ref().id());
        out.put("family", d.ref().family().wire());
        out.put("name", d.manifest().name());
        out.put("version", d.ref().version());
        out.put("source", "classpath");
        out.put("status", d.status());
        out.set("capabilities", Json.MAPPER.valueToTree(d.manifest().capabilitiesDeclared()));
        return out;
    }

    ObjectNode routingConfig(Instant now) {
        ObjectNode out = Json.object();
        out.putObject("weights").put("capability", 1.0);
        ArrayNode sandboxes = out.putArray("sandboxProviders");
        ArrayNode llms = out.putArray("llmProviders");
        for (ProviderDescription d : s.registry().describe()) {
            if (d.ref().family() == ProviderFamily.SANDBOX) {
                sandboxes.addObject().put("id", d.ref().id()).put("status", d.status())
                        .put("maxConcurrent", s.capacity().maxConcurrentSessions());
            } else if (d.ref().family() == ProviderFamily.AGENT_RUNTIME) {
                llms.addObject().put("id", d.ref().id()).put("status", d.status()).putArray("models");
            }
        }
        out.put("order", "declared");
        out.put("timestamp", Json.seconds(now));
        return out;
    }

    /** The protocol client's block for the primary when it runs; else {@code disabled} / {@code stub}. */
    private ObjectNode registrationJson(DaemonSettings primary) {
        Optional<ProtocolWorker> worker = s.worker().get();
        return worker.isPresent() ? worker.get().registrationJson() : registration(primary).json();
    }

    private Optional<String> workerId(DaemonSettings primary) {
        Optional<ProtocolWorker> worker = s.worker().get();
        return worker.isPresent() ? worker.get().workerId() : registration(primary).workerId();
    }

    private Registration registration(DaemonSettings settings) {
        return Registration.of(settings, s.hostname());
    }

    private ObjectNode outbox() {
        OutboxSummary summary = s.store().outboxSummary();
        ObjectNode out = Json.object().put("pending", summary.pending()).put("rejected", summary.rejected());
        summary.oldestPendingAt().ifPresent(at -> out.put("oldestPendingAt", Json.time(at)));
        return out;
    }

    int outboxPending() {
        return s.store().outboxSummary().pending();
    }
}
