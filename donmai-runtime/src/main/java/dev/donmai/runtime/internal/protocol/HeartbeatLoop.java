package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.spi.CanonicalJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R3 (protocol.md §5.2): reports status, load and the allowlist hash, keeps the claim gate from {@code hostStatus},
 * and applies {@code pendingMutations} once each by id, acknowledging them on the next beat.
 */
final class HeartbeatLoop {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatLoop.class);
    /** The local gate a {@code pool.deleted} mutation closes until a beat answers {@code ok} (§5.2). */
    private static final String POOL_DELETED = "pool_deleted";

    private final OrchestratorClient client;
    private final Registrar registrar;
    private final WorkerHost host;
    private final LinkHealth health;
    private final ProtocolTimings timings;
    private final Clock clock;
    private final Supplier<Optional<Instant>> oldestPending;
    private final MutationLedger ledger;
    private volatile String hostStatus = "ok";
    private String acknowledgedAllowlistHash;

    HeartbeatLoop(OrchestratorClient client, Registrar registrar, WorkerHost host, LinkHealth health,
            ProtocolTimings timings, Clock clock, Supplier<Optional<Instant>> oldestPending, MutationLedger ledger) {
        this.oldestPending = oldestPending;
        this.ledger = ledger;
        this.client = client;
        this.registrar = registrar;
        this.host = host;
        this.health = health;
        this.timings = timings;
        this.clock = clock;
    }

    /** The claim gate: closed while the last {@code hostStatus.status} starts with {@code pool_}. */
    boolean gateOpen() {
        return !hostStatus.startsWith("pool_");
    }

    synchronized void tick() {
        registrar.refreshIfDue();
        Optional<WorkerCredentials> creds = registrar.current();
        if (creds.isEmpty()) {
            return;
        }
        ObjectNode body = body();
        Reply reply = beat(creds.get(), body);
        if (reply.status() == 401 || reply.status() == 404) {
            Optional<WorkerCredentials> renewed = registrar.recover(creds.get(), OutboxDispatcher.reason(reply));
            if (renewed.isPresent()) {
                reply = beat(renewed.get(), body);
            }
        }
        if (!reply.ok()) {
            health.heartbeat(false, "heartbeat failed: " + reply.describe());
            return;
        }
        health.heartbeat(true, null);
        List<ObjectNode> sentFailures = new ArrayList<>();
        body.path("mutationFailures").forEach(f -> sentFailures.add((ObjectNode) f));
        ledger.delivered(strings(body.path("appliedMutations")), sentFailures);
        acknowledgedAllowlistHash = body.path("allowlistHash").asText();
        ObjectNode answer = reply.body();
        JsonNode status = answer.path("hostStatus").path("status");
        if (status.isTextual()) {
            hostStatus = status.asText();
        } else if (!POOL_DELETED.equals(hostStatus)) {
            hostStatus = "ok";
        }
        skew(answer.path("serverTime"));
        for (JsonNode mutation : answer.path("pendingMutations")) {
            apply(mutation);
        }
    }

    private Reply beat(WorkerCredentials creds, ObjectNode body) {
        return client.call(ProtocolRoute.HEARTBEAT, "/api/workers/" + creds.workerId() + "/heartbeat", body,
                creds.runtimeToken(), Optional.empty());
    }

    private ObjectNode body() {
        ObjectNode body = Json.object();
        int active = host.activeCount();
        body.put("status", host.refusing() ? "draining" : active > 0 ? "busy" : "idle");
        body.put("activeCount", active);
        body.put("maxSessions", host.maxSessions());
        ObjectNode allowlist = host.allowlist();
        String hash = sha256(CanonicalJson.utf8(Json.MAPPER.convertValue(allowlist, Object.class)));
        body.put("allowlistHash", hash);
        if (!hash.equals(acknowledgedAllowlistHash)) {
            body.setAll(allowlist);
        }
        ArrayNode ackList = body.putArray("appliedMutations");
        ledger.acks().forEach(ackList::add);
        ArrayNode failed = body.putArray("mutationFailures");
        ledger.failures().forEach(failed::add);
        Optional<Instant> oldest = oldestPending.get();
        if (oldest.isPresent() && oldest.get().isBefore(clock.instant().minus(timings.outboxBacklog()))) {
            body.putArray("conditions").addObject().put("code", "outbox-backlog")
                    .put("message", "reports pending since " + oldest.get()).put("since", oldest.get().toString());
        }
        return body;
    }

    private void apply(JsonNode mutation) {
        String id = mutation.path("id").asText("");
        if (id.isEmpty()) {
            return;
        }
        if (ledger.applied(id)) {
            ledger.ack(id);
            return;
        }
        String op = mutation.path("op").asText("");
        JsonNode params = mutation.path("params");
        Optional<String> error = run(op, params);
        ledger.record(id, clock.instant(), error.orElse(null));
        LOG.atInfo().addKeyValue("event", "mutation-applied").addKeyValue("id", id).addKeyValue("op", op)
                .addKeyValue("error", error.orElse(null)).log("orchestrator mutation {}", op);
    }

    private Optional<String> run(String op, JsonNode params) {
        switch (op) {
            case "session.kill":
                host.stop(params.path("sessionId").asText(""), FailureMode.OPERATOR_CANCELLED);
                return Optional.empty();
            case "project.enable":
            case "project.disable":
            case "project.add":
            case "project.remove":
                return host.applyProjectMutation(op, params);
            case "pool.deleted":
                hostStatus = POOL_DELETED;
                return Optional.empty();
            case "session.wake":
            case "session.restart-harness":
            case "modelAccess.set":
            case "modelAccess.clear":
                return Optional.of("unsupported-op");
            default:
                return Optional.of("unknown-op");
        }
    }

    private void skew(JsonNode serverTime) {
        if (!serverTime.isTextual()) {
            return;
        }
        try {
            Duration skew = Duration.between(Instant.parse(serverTime.asText()), clock.instant()).abs();
            if (skew.compareTo(timings.skewWarning()) > 0) {
                LOG.atWarn().addKeyValue("event", "clock-skew").addKeyValue("skewSeconds", skew.toSeconds())
                        .log("orchestrator clock differs from ours");
            }
        } catch (java.time.format.DateTimeParseException e) {
            LOG.atDebug().addKeyValue("event", "server-time-unparseable").log("serverTime ignored");
        }
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
