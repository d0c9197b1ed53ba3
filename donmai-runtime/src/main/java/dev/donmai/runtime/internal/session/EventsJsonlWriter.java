package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.session.AgentEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code .agent/events.jsonl} (sessions.md §7): one line per normalised, redacted event,
 * {@code {v:1, seq, at, sessionId, attempt, kind, …fields}}, {@code seq} from 1. Each line goes straight to the
 * file (no user-space buffer, so a crash loses at most the line being written); the file is forced to disk after
 * the terminal event. A write failure stops the log and is reported once; it never fails the session.
 */
final class EventsJsonlWriter implements AutoCloseable {

    /** Path of the log, relative to the workarea. */
    static final String FILE = "events.jsonl";

    private final ObjectMapper json;
    private final String sessionId;
    private final int attempt;
    private FileChannel channel;
    private long seq;
    private String failure;

    EventsJsonlWriter(ObjectMapper json, Path agentDir, String sessionId, int attempt) {
        this.json = json;
        this.sessionId = sessionId;
        this.attempt = attempt;
        try {
            Files.createDirectories(agentDir);
            channel = FileChannel.open(agentDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            failure = "events-log-failed: " + e.getMessage();
        }
    }

    /** The line an event becomes (without the newline). */
    static Map<String, Object> line(long seq, String sessionId, int attempt, AgentEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("v", 1);
        line.put("seq", seq);
        line.put("at", event.observedAt().toString());
        line.put("sessionId", sessionId);
        line.put("attempt", attempt);
        line.put("kind", event.kind());
        line.putAll(EventFields.of(event));
        return line;
    }

    /** Appends one event; forces the file after a terminal one. */
    synchronized void write(AgentEvent event) {
        if (channel == null) {
            return;
        }
        seq++;
        try {
            byte[] bytes = (json.writeValueAsString(line(seq, sessionId, attempt, event)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (event.isTerminal()) {
                channel.force(true);
            }
        } catch (JsonProcessingException e) {
            failure = "events-log-failed: cannot serialise a " + event.kind() + " event";
        } catch (IOException e) {
            failure = "events-log-failed: " + e.getMessage();
            closeQuietly();
        }
    }

    /** The lines written so far. */
    synchronized long count() {
        return seq;
    }

    /** The failure that stopped the log, if any; read once and cleared. */
    synchronized String takeFailure() {
        String f = failure;
        failure = null;
        return f;
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.force(true);
            } catch (IOException e) {
                // Closing anyway; the terminal line was already forced.
            }
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more to do with a broken log file.
        }
        channel = null;
    }
}
