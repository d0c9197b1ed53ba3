package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code GET /workareas[/<id>]} (host.md §3.2): active workareas from the sessions that hold one, archived ones from
 * {@code <home>/workareas/<sessionId>-<attempt>/manifest.json}. A workarea's id is its session id while active and
 * its archive directory's name once archived.
 */
final class WorkareaViews {

    private final Path archives;
    /** An archive does not change once written, so its size is measured once, not on every request. */
    private final Map<Path, Long> sizes = new ConcurrentHashMap<>();

    WorkareaViews(Path home) {
        this.archives = home.resolve("workareas");
    }

    ObjectNode all(List<SessionHandle> sessions) {
        ObjectNode out = Json.object();
        ArrayNode active = out.putArray("active");
        sessions.stream().filter(WorkareaViews::holdsWorkarea).forEach(h -> active.add(active(h)));
        ArrayNode archived = out.putArray("archived");
        archivedEntries().forEach(entry -> archived.add(entry.without("manifest")));
        return out;
    }

    Optional<ObjectNode> find(String id, List<SessionHandle> sessions) {
        for (SessionHandle h : sessions) {
            if (h.sessionId().equals(id) && holdsWorkarea(h)) {
                return Optional.of(active(h));
            }
        }
        for (ObjectNode archived : archivedEntries()) {
            if (archived.path("id").asText().equals(id) || archived.path("sessionId").asText().equals(id)) {
                return Optional.of(archived);
            }
        }
        return Optional.empty();
    }

    /** A live session past acceptance, or one that ended before it had a workarea (shown {@code failed}). */
    private static boolean holdsWorkarea(SessionHandle h) {
        if (!h.state().isTerminal()) {
            return h.state() != SessionState.ACCEPTED || h.worktreePath() != null;
        }
        return h.worktreePath() == null && h.state() == SessionState.FAILED;
    }

    private static ObjectNode active(SessionHandle h) {
        ObjectNode out = Json.object().put("kind", "active").put("id", h.sessionId()).put("sessionId", h.sessionId());
        Json.putIfPresent(out, "projectId", h.projectId());
        Json.putIfPresent(out, "repository", h.repository());
        out.put("ref", h.ref() == null ? "HEAD" : h.ref());
        out.put("status", status(h.state()));
        Json.putIfPresent(out, "path", h.worktreePath());
        out.put("providerId", "git");
        Json.putIfPresent(out, "acquiredAt", h.startedAt());
        return out;
    }

    private static String status(SessionState state) {
        switch (state) {
            case ACCEPTED:
            case PROVISIONING:
                return "acquiring";
            case RUNNING:
                return "in-use";
            case FINISHING:
                return "releasing";
            default:
                return "failed";
        }
    }

    private List<ObjectNode> archivedEntries() {
        List<ObjectNode> out = new ArrayList<>();
        if (!Files.isDirectory(archives)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(archives)) {
            dirs.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName)).forEach(dir -> {
                Path manifest = dir.resolve("manifest.json");
                if (Files.isRegularFile(manifest)) {
                    archived(dir, manifest).ifPresent(out::add);
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private Optional<ObjectNode> archived(Path dir, Path manifest) {
        JsonNode m;
        try {
            m = Json.MAPPER.readTree(manifest.toFile());
        } catch (IOException e) {
            return Optional.empty();
        }
        ObjectNode out = Json.object().put("kind", "archived").put("id", dir.getFileName().toString());
        out.put("sessionId", m.path("sessionId").asText(dir.getFileName().toString()));
        if (m.path("repository").isTextual()) {
            out.put("repository", m.get("repository").asText());
        }
        out.put("ref", m.path("ref").asText("HEAD"));
        out.put("archivedAt", m.path("archivedAt").asText(""));
        String reason = firstText(m, "reason", "failureMode", "outcome");
        out.put("reason", reason == null ? "archived" : reason);
        out.put("sizeBytes", sizes.computeIfAbsent(dir, WorkareaViews::size));
        out.set("manifest", m);
        return Optional.of(out);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            if (node.path(f).isTextual() && !node.get(f).asText().isEmpty()) {
                return node.get(f).asText();
            }
        }
        return null;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
