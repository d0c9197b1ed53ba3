package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code inboxMessages{sessionId: [message…]}} of a poll answer (protocol.md §5.3): each message is appended as one
 * JSON line to the live session's {@code .agent/inbox.jsonl}; nothing is injected into the harness in v1.
 */
final class InboxWriter {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);

    private final StateStore store;

    InboxWriter(StateStore store) {
        this.store = store;
    }

    void write(JsonNode inboxMessages) {
        for (Iterator<Map.Entry<String, JsonNode>> it = inboxMessages.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Optional<String> worktree = store.session(entry.getKey()).map(StoredSession::handle)
                    .filter(h -> !h.state().isTerminal()).map(h -> h.worktreePath());
            if (worktree.isEmpty() || !entry.getValue().isArray()) {
                LOG.atInfo().addKeyValue("event", "inbox-message-dropped").addKeyValue("sessionId", entry.getKey())
                        .log("inbox messages for a session without a live workarea are dropped");
                continue;
            }
            StringBuilder lines = new StringBuilder();
            entry.getValue().forEach(message -> lines.append(Json.write(message)).append('\n'));
            Path inbox = Path.of(worktree.get(), ".agent", "inbox.jsonl");
            try {
                Files.createDirectories(inbox.getParent());
                Files.writeString(inbox, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                LOG.atWarn().addKeyValue("event", "inbox-write-failed").addKeyValue("sessionId", entry.getKey())
                        .log("could not write inbox messages: {}", e.getMessage());
            }
        }
    }
}
