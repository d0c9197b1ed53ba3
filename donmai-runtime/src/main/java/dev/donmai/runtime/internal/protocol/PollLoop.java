package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R4 (protocol.md §5.3): one poll in flight, only while the daemon is ready and the claim gate is open; the items
 * that are ours ({@code preClaimed}, or listed in {@code claimedSessionIds}) go to admission, others are logged.
 */
final class PollLoop {

    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);

    private final OrchestratorClient client;
    private final Registrar registrar;
    private final WorkerHost host;
    private final BooleanSupplier gateOpen;
    private final WorkItemIntake intake;
    private final LinkHealth health;
    private final Clock clock;
    private final InboxWriter inbox;

    PollLoop(OrchestratorClient client, Registrar registrar, WorkerHost host, BooleanSupplier gateOpen,
            WorkItemIntake intake, LinkHealth health, Clock clock, InboxWriter inbox) {
        this.inbox = inbox;
        this.client = client;
        this.registrar = registrar;
        this.host = host;
        this.gateOpen = gateOpen;
        this.intake = intake;
        this.health = health;
        this.clock = clock;
    }

    synchronized void tick() {
        Optional<WorkerCredentials> creds = registrar.current();
        if (creds.isEmpty() || !host.ready() || !gateOpen.getAsBoolean()) {
            return;
        }
        Reply reply = client.call(ProtocolRoute.POLL, "/api/workers/" + creds.get().workerId() + "/poll",
                Json.object(), creds.get().runtimeToken(), Optional.empty());
        if (reply.status() == 401 || reply.status() == 404) {
            registrar.recover(creds.get(), OutboxDispatcher.reason(reply));
        }
        if (!reply.ok()) {
            health.poll(false, "poll failed: " + reply.describe(), clock.instant());
            return;
        }
        health.poll(true, null, clock.instant());
        boolean preClaimed = reply.body().path("preClaimed").asBoolean(false);
        Set<String> claimed = new HashSet<>();
        reply.body().path("claimedSessionIds").forEach(n -> claimed.add(n.asText()));
        for (JsonNode item : reply.body().path("work")) {
            String id = item.path("sessionId").asText("");
            if (preClaimed || claimed.contains(id)) {
                intake.accept(item);
            } else {
                LOG.atInfo().addKeyValue("event", "work-item-not-claimed").addKeyValue("sessionId", id)
                        .log("ignoring an item not claimed for this worker");
            }
        }
        inbox.write(reply.body().path("inboxMessages"));
    }
}
