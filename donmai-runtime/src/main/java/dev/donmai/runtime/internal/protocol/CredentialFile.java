package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <home>/daemon.jwt} (protocol.md §5.1): {@code {workerId, runtimeToken, heartbeatInterval, pollInterval,
 * runtimeTokenExpiresAt?, cachedAt, orchestratorUrl}}, written 0600 and atomically; an incomplete or unreadable file
 * counts as absent.
 */
final class CredentialFile {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    CredentialFile(Path home) {
        this.file = home.resolve("daemon.jwt");
    }

    /** The cached credentials, whatever URL or expiry they have; empty when absent or incomplete. */
    Optional<WorkerCredentials> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!n.path("workerId").isTextual() || !n.path("runtimeToken").isTextual()
                    || !n.path("orchestratorUrl").isTextual() || !n.path("cachedAt").isTextual()) {
                return Optional.empty();
            }
            Optional<Instant> expires = n.path("runtimeTokenExpiresAt").isTextual()
                    ? Optional.of(Instant.parse(n.get("runtimeTokenExpiresAt").asText())) : Optional.empty();
            return Optional.of(new WorkerCredentials(n.get("workerId").asText(),
                    Secret.of(n.get("runtimeToken").asText()),
                    Duration.ofMillis(n.path("heartbeatInterval").asLong(30_000)),
                    Duration.ofMillis(n.path("pollInterval").asLong(5_000)), expires,
                    Instant.parse(n.get("cachedAt").asText()), n.get("orchestratorUrl").asText()));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            LOG.atWarn().addKeyValue("event", "credential-cache-unreadable").addKeyValue("path", file.toString())
                    .log("ignoring unreadable credential cache");
            return Optional.empty();
        }
    }

    void write(WorkerCredentials c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("workerId", c.workerId());
        n.put("runtimeToken", c.runtimeToken().reveal());
        n.put("heartbeatInterval", c.heartbeatInterval().toMillis());
        n.put("pollInterval", c.pollInterval().toMillis());
        c.expiresAt().ifPresent(at -> n.put("runtimeTokenExpiresAt", at.toString()));
        n.put("cachedAt", c.cachedAt().toString());
        n.put("orchestratorUrl", c.orchestratorUrl());
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(n), AtomicFiles.PRIVATE);
        } catch (IOException e) {
            LOG.atWarn().addKeyValue("event", "credential-cache-write-failed").addKeyValue("path", file.toString())
                    .log("could not write the credential cache: {}", e.getMessage());
        }
    }
}
