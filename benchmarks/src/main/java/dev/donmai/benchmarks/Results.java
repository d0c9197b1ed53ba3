package dev.donmai.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run: each printed as one JSON line on stdout, and merged into {@code results.json}
 * (sessions.md §16) — a figure replaces an earlier one with the same {@code id} and {@code metric}, others stay, so
 * benchmarks run one after another build up one file. The file also carries the machine the latest run was on.
 */
final class Results {

    /** The default place, relative to the repository root. */
    static final Path DEFAULT = Path.of("benchmarks", "target", "results.json");

    static final ObjectMapper JSON = new ObjectMapper();

    private Results() {
    }

    /** A figure's fields, in print order; {@code id} and {@code metric} first. */
    static Map<String, Object> figure(String id, String metric) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("metric", metric);
        return f;
    }

    /** One JSON line. */
    static String line(Map<String, Object> figure) {
        try {
            return JSON.writeValueAsString(figure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints each figure as one line to {@code out}. */
    static void print(List<Map<String, Object>> figures, PrintStream out) {
        figures.forEach(f -> out.println(line(f)));
        out.flush();
    }

    /**
     * Merges {@code figures} into the file at {@code file} (created with its directory when missing), with
     * {@code machine} and a {@code measuredAt} stamp on each new figure; written atomically.
     */
    static void merge(Path file, Map<String, Object> machine, List<Map<String, Object>> figures) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            List<ObjectNode> kept = new ArrayList<>();
            if (Files.isRegularFile(file)) {
                ObjectNode old = (ObjectNode) JSON.readTree(file.toFile());
                if (old.get("figures") instanceof ArrayNode arr) {
                    arr.forEach(n -> kept.add((ObjectNode) n));
                }
            }
            String now = Instant.now().toString();
            for (Map<String, Object> f : figures) {
                ObjectNode node = JSON.valueToTree(f);
                node.put("measuredAt", now);
                kept.removeIf(k -> k.path("id").asText().equals(node.path("id").asText())
                        && k.path("metric").asText().equals(node.path("metric").asText()));
                kept.add(node);
            }
            kept.sort(Comparator.comparing((ObjectNode n) -> n.path("id").asText())
                    .thenComparing(n -> n.path("metric").asText()));
            ObjectNode root = JSON.createObjectNode();
            root.put("schemaVersion", 1);
            root.put("updatedAt", now);
            root.set("machine", JSON.valueToTree(machine));
            root.putArray("figures").addAll(kept);
            Path tmp = Files.createTempFile(parent, "results", ".json.tmp");
            JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The figures in {@code file} that carry {@code "pass": false}, as JSON lines. */
    static List<String> misses(Path file) {
        try {
            List<String> misses = new ArrayList<>();
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            root.path("figures").forEach(n -> {
                if (n.has("pass") && !n.get("pass").asBoolean()) {
                    misses.add(n.toString());
                }
            });
            return misses;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
