package dev.donmai.runtime.internal.daemon.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of one YAML mapping at a key path. Reading a key marks it known; {@link #warnUnknown()} then reports the
 * rest. Duplicate and non-string keys are errors.
 */
final class YamlMapping {

    private final MappingNode node;
    private final String path;
    private final YamlValues values;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    YamlMapping(MappingNode node, String path, YamlValues values) {
        this.node = node;
        this.path = path;
        this.values = values;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode) || YamlValues.isNull(key)) {
                values.problems().error(key, path.isEmpty() ? "(root)" : path, "keys must be strings");
                continue;
            }
            String name = ((ScalarNode) key).getValue();
            if (entries.putIfAbsent(name, tuple) != null) {
                values.problems().error(key, child(path, name), "duplicate key");
            }
        }
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    MappingNode node() {
        return node;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return child(path, key);
    }

    YamlValues values() {
        return values;
    }

    /** The keys in file order. */
    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !YamlValues.isNull(tuple.getValueNode());
    }

    /** The value of {@code key}, marking the key known; empty when absent or null. */
    Optional<Node> get(String key) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || YamlValues.isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** The key node of {@code key}, for problems about the key itself. */
    Optional<Node> keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    /** Marks keys known without reading them. */
    void accept(String... keys) {
        read.addAll(List.of(keys));
    }

    /** Reports every key not read as a warning {@code unknown key}. */
    void warnUnknown() {
        warnUnread("unknown key");
    }

    /** Reports every key not read with {@code problem}. */
    void warnUnread(String problem) {
        entries.forEach((key, tuple) -> {
            if (!read.contains(key)) {
                values.problems().warn(tuple.getKeyNode(), child(path, key), problem);
            }
        });
    }

    /** Records an error at the mapping itself when {@code key} is missing; true when present. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        read.add(key);
        values.problems().error(node, child(path, key), "is required");
        return false;
    }

    Optional<String> string(String key) {
        return get(key).flatMap(n -> values.string(n, path(key)));
    }

    Optional<String> text(String key) {
        return get(key).flatMap(n -> values.text(n, path(key)));
    }

    Optional<String> oneOf(String key, List<String> allowed) {
        return get(key).flatMap(n -> values.oneOf(n, path(key), allowed));
    }

    Optional<Integer> integer(String key, int min, int max) {
        return get(key).flatMap(n -> values.integer(n, path(key), min, max));
    }

    Optional<Long> longInteger(String key, long min) {
        return get(key).flatMap(n -> values.integer(n, path(key), min, Long.MAX_VALUE));
    }

    Optional<Double> nonNegativeNumber(String key) {
        return get(key).flatMap(n -> values.nonNegativeNumber(n, path(key)));
    }

    Optional<Boolean> bool(String key) {
        return get(key).flatMap(n -> values.bool(n, path(key)));
    }

    Optional<Path> filePath(String key) {
        return get(key).flatMap(n -> values.path(n, path(key)));
    }

    Optional<List<Node>> list(String key) {
        return get(key).flatMap(n -> values.list(n, path(key)));
    }

    Optional<List<String>> strings(String key) {
        return get(key).flatMap(n -> values.strings(n, path(key)));
    }

    Optional<YamlMapping> mapping(String key) {
        return get(key).flatMap(n -> values.mapping(n, path(key)));
    }
}
