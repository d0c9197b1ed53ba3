package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.internal.daemon.state.OutboxEntry;
import dev.donmai.runtime.internal.daemon.state.OutboxKind;
import dev.donmai.runtime.internal.daemon.state.OutboxState;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps 1–4 of protocol.md §5.4 for one polled item (decode keeping the raw object, signature, claim owner, duplicate
 * delivery against state.db per §5.5), then the host's steps 5–12. Every refusal becomes a NACK outbox row carrying
 * the raw item, signature included.
 */
final class WorkItemIntake {

    private static final Logger LOG = LoggerFactory.getLogger(WorkItemIntake.class);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** The lease assumed when the claim names none (the reference orchestrator's default, §8.4). */
    private static final int DEFAULT_LEASE_SECONDS = 120;

    private final StateStore store;
    private final WorkerHost host;
    private final SignatureCheck signatures;
    private final Supplier<Optional<String>> workerId;
    private final Clock clock;
    private final Runnable outboxWake;
    private final Started started;

    WorkItemIntake(StateStore store, WorkerHost host, SignatureCheck signatures, Supplier<Optional<String>> workerId,
            Clock clock, Runnable outboxWake, Started started) {
        this.started = started;
        this.store = store;
        this.host = host;
        this.signatures = signatures;
        this.workerId = workerId;
        this.clock = clock;
        this.outboxWake = outboxWake;
    }

    /** Admits, adopts, ignores or NACKs one item. */
    void accept(JsonNode raw) {
        if (!(raw instanceof ObjectNode item)) {
            LOG.atWarn().addKeyValue("event", "work-item-invalid").log("ignoring a work item that is not an object");
            return;
        }
        JsonNode idNode = item.get("sessionId");
        if (idNode == null || !idNode.isTextual() || !validId(idNode.asText())) {
            LOG.atWarn().addKeyValue("event", "work-item-invalid").log("ignoring a work item without a usable sessionId");
            return;
        }
        String id = idNode.asText();
        JsonNode claim = item.path("claim");
        String claimId = claim.path("id").isTextual() ? claim.get("id").asText() : null;
        Integer attempt = claim.path("attempt").canConvertToInt() && claim.path("attempt").isIntegralNumber()
                ? claim.get("attempt").asInt() : null;
        if (!item.path("repository").isTextual() || item.get("repository").asText().isBlank()) {
            nack(id, attempt, claimId, item, "invalid-work-item", Json.object().put("field", "repository"));
            return;
        }
        Optional<String> cause = signatures.failure(item);
        if (cause.isPresent()) {
            LOG.atWarn().addKeyValue("event", "work-item-signature-invalid").addKeyValue("sessionId", id)
                    .addKeyValue("cause", cause.get()).log("refusing an item whose signature does not verify");
            nack(id, attempt, claimId, item, "signature-invalid", Json.object().put("cause", cause.get()));
            return;
        }
        String owner = claim.path("workerId").asText("");
        if (!owner.isEmpty() && !workerId.get().map(owner::equals).orElse(false)) {
            nack(id, attempt, claimId, item, "claim-mismatch", Json.object().put("claimWorkerId", owner));
            return;
        }
        Optional<StoredSession> local = store.session(id);
        int runAttempt = attempt == null ? 1 : Math.max(1, attempt);
        if (local.isPresent()) {
            Optional<Integer> next = dedupe(local.get(), attempt, item, claimId);
            if (next.isEmpty()) {
                return;
            }
            runAttempt = next.get();
        }
        WorkerHost.Admitted admitted = host.admit(item, runAttempt, claimId);
        if (admitted.nackReason().isPresent()) {
            nack(id, runAttempt, claimId, item, admitted.nackReason().get(), admitted.detail().orElse(null));
            return;
        }
        int lease = claim.path("leaseSeconds").canConvertToInt() && claim.path("leaseSeconds").asInt() > 0
                ? claim.get("leaseSeconds").asInt() : DEFAULT_LEASE_SECONDS;
        started.started(id, runAttempt, claimId, lease);
    }

    /** Told of every session admission started, to begin its lock refresh. */
    @FunctionalInterface
    interface Started {
        void started(String sessionId, int attempt, @Nullable String claimId, int leaseSeconds);
    }

    /** §5.5: the attempt to admit under, or empty when the item is ignored, adopted or NACKed here. */
    private Optional<Integer> dedupe(StoredSession row, @Nullable Integer incoming, ObjectNode item,
            @Nullable String claimId) {
        String id = row.sessionId();
        if (row.source() != SessionSource.ORCHESTRATOR) {
            nack(id, incoming, claimId, item, "session-id-conflict", null);
            return Optional.empty();
        }
        int local = row.attempt();
        int effective = incoming == null ? local : incoming;
        SessionState state = row.handle().state();
        if (effective < local) {
            log("work-item-stale", id, "ignoring a stale delivery");
            return Optional.empty();
        }
        if (!state.isTerminal() || state == SessionState.COMPLETED) {
            if (!state.isTerminal() && claimId != null && !row.claimId().map(claimId::equals).orElse(false)) {
                store.rebindClaim(id, claimId);
            }
            log(state.isTerminal() ? "work-item-completed" : "work-item-adopted", id,
                    "duplicate delivery of a session held here; not spawned again");
            return Optional.empty();
        }
        if (effective > local) {
            store.supersedeOutbox(id, effective);
            return Optional.of(effective);
        }
        boolean statusAccepted = store.outboxOf(id).stream().anyMatch(e -> e.attempt() == local
                && e.kind() == OutboxKind.STATUS && e.state() == OutboxState.DELIVERED
                && !e.bodyJson().contains("\"status\":\"running\""));
        if (incoming == null && statusAccepted) {
            return Optional.of(local + 1);
        }
        log("work-item-delivering", id, "attempt ended here; its status is still being delivered");
        return Optional.empty();
    }

    private static void log(String event, String id, String message) {
        LOG.atInfo().addKeyValue("event", event).addKeyValue("sessionId", id).log(message);
    }

    private void nack(String id, @Nullable Integer attempt, @Nullable String claimId, ObjectNode item, String reason,
            @Nullable ObjectNode detail) {
        ObjectNode body = Json.object();
        if (claimId != null) {
            body.put("claimId", claimId);
        }
        body.put("reason", reason);
        if (detail != null) {
            body.set("detail", detail);
        }
        body.set("work", item);
        String key = OutboxEntry.key(id, attempt == null ? 1 : Math.max(1, attempt),
                "nack:" + (claimId == null ? UUID.randomUUID() : claimId));
        store.enqueueOutbox(OutboxEntry.pending(OutboxKind.NACK, id, attempt == null ? 1 : Math.max(1, attempt),
                claimId, key, Json.write(body), clock.instant()));
        LOG.atInfo().addKeyValue("event", "work-item-nacked").addKeyValue("sessionId", id).addKeyValue("reason", reason)
                .log("work item refused");
        outboxWake.run();
    }

    static boolean validId(String id) {
        return SESSION_ID.matcher(id).matches() && !id.contains("..") && !id.endsWith(".") && !id.endsWith(".lock");
    }
}
