package dev.donmai.runtime.internal.daemon.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A file's content as leaf paths ({@code capacity.maxConcurrentSessions}, {@code projects[0].id}) to scalar text,
 * so two versions of a file can be compared key by key without their comments or layout.
 */
final class ConfigTree {

    private final Map<String, String> leaves;

    private ConfigTree(Map<String, String> leaves) {
        this.leaves = leaves;
    }

    static ConfigTree empty() {
        return new ConfigTree(Map.of());
    }

    /** The tree of {@code text}; an unreadable text is the empty tree. */
    static ConfigTree of(String text) {
        Map<String, String> leaves = new LinkedHashMap<>();
        try {
            Object root = new Yaml(new LoaderOptions()).load(text);
            flatten("", root, leaves);
        } catch (YAMLException | ClassCastException e) {
            return empty();
        }
        return new ConfigTree(leaves);
    }

    /**
     * The keys that differ from {@code other}, outside the subtrees of {@code live}, cut to at most two segments
     * ({@code capacity.maxConcurrentSessions}, {@code orchestrator.signingKeys}) and sorted.
     */
    Set<String> changedKeys(ConfigTree other, List<String> live) {
        Set<String> paths = new TreeSet<>(leaves.keySet());
        paths.addAll(other.leaves.keySet());
        Set<String> changed = new TreeSet<>();
        for (String path : paths) {
            if (!Objects.equals(leaves.get(path), other.leaves.get(path)) && !live.contains(top(path))) {
                changed.add(shortKey(path));
            }
        }
        return changed;
    }

    private static void flatten(String path, Object value, Map<String, String> leaves) {
        if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            if (map.isEmpty()) {
                leaves.put(path, "{}");
            }
            map.forEach((k, v) -> flatten(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, leaves));
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            if (list.isEmpty()) {
                leaves.put(path, "[]");
            }
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), leaves);
            }
        } else if (!path.isEmpty()) {
            leaves.put(path, String.valueOf(value));
        }
    }

    private static String top(String path) {
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return path.substring(0, end);
    }

    private static String shortKey(String path) {
        String[] segments = path.split("\\.", -1);
        String key = segments.length <= 1 ? path : segments[0] + "." + segments[1];
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }
}
