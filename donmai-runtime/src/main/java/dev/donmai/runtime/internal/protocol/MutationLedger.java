package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heartbeat mutations this daemon applied (protocol.md §5.2): applied ids (kept {@code appliedMutationsKept}, so a repeat is re-acked,
 * not re-applied) and the acks and failures not yet carried by a successful beat. Kept in
 * {@code <home>/mutations.json} (0600, atomic) so a restart neither re-applies a mutation nor loses its ack.
 */
final class MutationLedger {

    private static final Logger LOG = LoggerFactory.getLogger(MutationLedger.class);

    private final Path file;
    private final Duration kept;
    private final Map<String, Instant> applied = new LinkedHashMap<>();
    private final List<String> acks = new ArrayList<>();
    private final List<ObjectNode> failures = new ArrayList<>();

    MutationLedger(Path home, Duration kept) {
        this.file = home.resolve("mutations.json");
        this.kept = kept;
        load();
    }

    synchronized boolean applied(String id) {
        return applied.containsKey(id);
    }

    /** Records an applied mutation; {@code error} present = a failure to report instead of an ack. */
    synchronized void record(String id, Instant at, String error) {
        applied.values().removeIf(t -> t.isBefore(at.minus(kept)));
        applied.put(id, at);
        if (error == null) {
            ack(id);
        } else {
            failures.add(Json.object().put("id", id).put("error", error));
        }
        save();
    }

    /** Acks a repeat of an applied mutation again. */
    synchronized void ack(String id) {
        if (!acks.contains(id) && failures.stream().noneMatch(f -> f.path("id").asText().equals(id))) {
            acks.add(id);
        }
        save();
    }

    synchronized List<String> acks() {
        return List.copyOf(acks);
    }

    synchronized List<ObjectNode> failures() {
        List<ObjectNode> out = new ArrayList<>();
        failures.forEach(f -> out.add(f.deepCopy()));
        return out;
    }

    /** A beat carrying these acks and failures succeeded: they are done. */
    synchronized void delivered(List<String> sentAcks, List<ObjectNode> sentFailures) {
        acks.removeAll(sentAcks);
        List<String> ids = new ArrayList<>();
        sentFailures.forEach(f -> ids.add(f.path("id").asText()));
        failures.removeIf(f -> ids.contains(f.path("id").asText()));
        save();
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            root.path("applied").fields().forEachRemaining(e -> applied.put(e.getKey(),
                    Instant.parse(e.getValue().asText())));
            root.path("acks").forEach(n -> acks.add(n.asText()));
            root.path("failures").forEach(n -> {
                if (n instanceof ObjectNode o) {
                    failures.add(o);
                }
            });
        } catch (IOException | DateTimeParseException e) {
            LOG.atWarn().addKeyValue("event", "mutation-ledger-unreadable").addKeyValue("path", file.toString())
                    .log("ignoring an unreadable mutation ledger");
        }
    }

    private void save() {
        ObjectNode root = Json.object();
        ObjectNode ids = root.putObject("applied");
        applied.forEach((id, at) -> ids.put(id, at.toString()));
        ArrayNode ackList = root.putArray("acks");
        acks.forEach(ackList::add);
        ArrayNode failed = root.putArray("failures");
        failures.forEach(failed::add);
        try {
            AtomicFiles.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8), AtomicFiles.PRIVATE);
        } catch (IOException e) {
            LOG.atWarn().addKeyValue("event", "mutation-ledger-write-failed").addKeyValue("path", file.toString())
                    .log("could not write the mutation ledger: {}", e.getMessage());
        }
    }
}
