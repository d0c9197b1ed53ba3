package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.runtime.api.SessionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the result record to {@code .agent/result.json} (sessions.md §10), atomically. */
final class ResultRecordWriter {

    static final String FILE = "result.json";

    private final ObjectMapper json;

    ResultRecordWriter(ObjectMapper json) {
        this.json = json;
    }

    void write(Path agentDir, SessionResult result) throws IOException {
        Files.createDirectories(agentDir);
        Path tmp = agentDir.resolve(FILE + ".tmp");
        Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(result.toWire()));
        Files.move(tmp, agentDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
