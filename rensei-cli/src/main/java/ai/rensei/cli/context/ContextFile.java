package ai.rensei.cli.context;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code $XDG_CONFIG_HOME/rensei/config.json}, the CLI's saved context. Updates edit the JSON tree, so keys other
 * tools keep there (and unknown ones) survive; writes go through {@link AtomicFiles} (0600, directories 0700).
 */
public final class ContextFile {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ACTIVE_ORG = "activeOrg";
    private static final String ACTIVE_PROJECT = "activeProject";
    private static final String HOST = "host";
    private static final String PROJECTS = "projects";
    private static final String SATELLITES = "satellites";

    private final Path file;

    public ContextFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The file of this invocation: {@code <config home>/rensei/config.json}. */
    public static ContextFile of(CliEnvironment env) {
        return new ContextFile(env.configHome().resolve("rensei").resolve("config.json"));
    }

    public Path path() {
        return file;
    }

    /** The saved context; {@link SavedContext#EMPTY} when the file does not exist. */
    public SavedContext read() {
        ObjectNode root = tree();
        JsonNode host = root.path(HOST);
        Map<String, List<String>> satellites = new LinkedHashMap<>();
        host.path(SATELLITES).fields()
                .forEachRemaining(e -> satellites.put(e.getKey(), strings(e.getValue().path(PROJECTS))));
        return new SavedContext(text(root, ACTIVE_ORG), text(root, ACTIVE_PROJECT), strings(host.path(PROJECTS)),
                satellites);
    }

    /** Records the primary organization's projects, and the active project when {@code activeProject} is given. */
    public void saveHostProjects(List<String> projects, Optional<String> activeProject) {
        ObjectNode root = tree();
        activeProject.ifPresent(p -> root.put(ACTIVE_PROJECT, p));
        host(root).set(PROJECTS, array(projects));
        write(root);
    }

    /** Records the projects of satellite {@code org}. */
    public void saveSatelliteProjects(String org, List<String> projects) {
        ObjectNode root = tree();
        ObjectNode satellite = NODES.objectNode();
        satellite.set(PROJECTS, array(projects));
        satellites(host(root)).set(org, satellite);
        write(root);
    }

    /** Forgets satellite {@code org}; true when it was recorded. */
    public boolean removeSatellite(String org) {
        if (!Files.exists(file)) {
            return false;
        }
        ObjectNode root = tree();
        JsonNode satellites = root.path(HOST).path(SATELLITES);
        if (!satellites.isObject() || !satellites.has(org)) {
            return false;
        }
        ((ObjectNode) satellites).remove(org);
        write(root);
        return true;
    }

    private ObjectNode tree() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return NODES.objectNode();
        } catch (IOException e) {
            throw CliException.failure("cannot read " + file + ": " + e.getMessage());
        }
        if (text.isBlank()) {
            return NODES.objectNode();
        }
        JsonNode node = Json.parse(text).orElse(null);
        if (node == null || !node.isObject()) {
            throw CliException.failure(file + " is not a JSON object; fix or delete it");
        }
        return (ObjectNode) node;
    }

    private void write(ObjectNode root) {
        try {
            AtomicFiles.writeString(file, Json.pretty(root) + "\n");
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static ObjectNode host(ObjectNode root) {
        return child(root, HOST);
    }

    private static ObjectNode satellites(ObjectNode host) {
        return child(host, SATELLITES);
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = NODES.objectNode();
        parent.set(name, created);
        return created;
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            if (item.isTextual() && !item.asText().isBlank()) {
                values.add(item.asText());
            }
        });
        return values;
    }
}
