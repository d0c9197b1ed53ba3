package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import dev.donmai.runtime.spi.SecretRedactor;

/**
 * Step 11's first half (sessions.md §3, §13): before the workarea is released, whatever the mode, the session's
 * {@code .agent/} is copied to {@code workareas/<sessionId>-<attempt>/agent/} with a {@code manifest.json} beside it,
 * so logs and the result record outlive a destroyed or pooled worktree. Symbolic links are not followed (an agent
 * could point one anywhere).
 */
final class AgentDirArchiver {

    private final ObjectMapper json;
    private final Path workareasDir;

    AgentDirArchiver(ObjectMapper json, Path stateHome) {
        this.json = json;
        this.workareasDir = stateHome.resolve("workareas");
    }

    /** Files the runner writes already redacted; scrubbing them again could only damage them. */
    static final Set<String> WRITTEN_REDACTED = Set.of(EventsJsonlWriter.FILE, ResultRecordWriter.FILE,
            "system-prompt.md", "prompt.md");

    /** Larger files are left alone (a harness's stderr log is capped at 10 MiB). */
    static final long MAX_SCRUB_BYTES = 16L * 1024 * 1024;

    /**
     * Redacts, in place, every other UTF-8 text file directly or deeper under {@code agentDir} (the harness's stderr
     * log, the agent's turn result, …), so neither the archived copy nor an archived tree keeps a secret that a
     * harness printed. Binary files and symbolic links are skipped.
     */
    void scrub(Path agentDir, SecretRedactor redactor) throws IOException {
        if (!Files.isDirectory(agentDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(agentDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || (file.getParent().equals(agentDir)
                                && WRITTEN_REDACTED.contains(file.getFileName().toString()))
                        || Files.size(file) > MAX_SCRUB_BYTES) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    continue;
                }
                String redacted = redactor.redact(text);
                if (!redacted.equals(text)) {
                    Path tmp = file.resolveSibling(file.getFileName() + ".redacting");
                    Files.writeString(tmp, redacted, StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    /** {@code workareas/<sessionId>-<attempt>}. */
    Path dirOf(String sessionId, int attempt) {
        return workareasDir.resolve(sessionId + "-" + attempt);
    }

    /** Copies {@code agentDir} and writes the manifest; returns the session's archive directory. */
    Path archive(Path agentDir, String sessionId, int attempt, Map<String, Object> manifest) throws IOException {
        Path target = dirOf(sessionId, attempt);
        Path agentCopy = target.resolve("agent");
        Files.createDirectories(agentCopy);
        if (Files.isDirectory(agentDir, LinkOption.NOFOLLOW_LINKS)) {
            copyTree(agentDir, agentCopy);
        }
        writeJson(target.resolve("manifest.json"), manifest);
        return target;
    }

    /** Replaces the archived copy of the result record (after release, when the applied mode is known). */
    void updateResult(String sessionId, int attempt, Map<String, Object> result) throws IOException {
        Path agentCopy = dirOf(sessionId, attempt).resolve("agent");
        if (Files.isDirectory(agentCopy)) {
            writeJson(agentCopy.resolve(ResultRecordWriter.FILE), result);
        }
    }

    void writeJson(Path file, Object value) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        Files.copy(file, to.resolve(from.relativize(file).toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
