package dev.donmai.runtime.internal.daemon.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads of YAML nodes for one file. Each read returns the value, or empty after recording an error at the
 * node's position; a YAML null counts as absent. String scalars get {@code ${ENV}} expansion; a plain scalar that
 * names a variable may also stand for a number or a boolean ({@code port: ${PORT}}), a quoted one never does.
 */
final class YamlValues {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9][0-9_]*");
    private static final Pattern FLOAT = Pattern.compile("[-+]?([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?");

    private final Problems problems;
    private final Map<String, String> env;
    private final Path userHome;
    private final Path home;

    YamlValues(Problems problems, Map<String, String> env, Path userHome, Path home) {
        this.problems = problems;
        this.env = env;
        this.userHome = userHome;
        this.home = home;
    }

    Problems problems() {
        return problems;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** Any scalar as text, expanded. */
    Optional<String> string(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode)) {
            problems.error(node, path, "must be a string");
            return Optional.empty();
        }
        return expanded((ScalarNode) node, path);
    }

    /** A non-empty string. */
    Optional<String> text(Node node, String path) {
        Optional<String> value = string(node, path);
        if (value.isPresent() && value.get().isBlank()) {
            problems.error(node, path, "must not be empty");
            return Optional.empty();
        }
        return value;
    }

    /** A string that is one of {@code allowed}: {@code must be one of a, b (got "x")}. */
    Optional<String> oneOf(Node node, String path, List<String> allowed) {
        Optional<String> value = string(node, path);
        if (value.isPresent() && !allowed.contains(value.get())) {
            problems.error(node, path, oneOfMessage(allowed, value.get()));
            return Optional.empty();
        }
        return value;
    }

    static String oneOfMessage(List<String> allowed, String got) {
        return "must be one of " + String.join(", ", allowed) + " (got \"" + got + "\")";
    }

    /** A whole number in {@code [min, max]}. */
    Optional<Long> integer(Node node, String path, long min, long max) {
        Optional<String> digits = numeric(node, path, Tag.INT, "must be an integer");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        String text = digits.get().replace("_", "");
        long value;
        try {
            if (!DECIMAL.matcher(text).matches()) {
                throw new NumberFormatException();
            }
            value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            problems.error(node, path, "must be an integer");
            return Optional.empty();
        }
        if (value < min || value > max) {
            problems.error(node, path, rangeMessage(min, max));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** {@link #integer} narrowed to an {@code int}. */
    Optional<Integer> integer(Node node, String path, int min, int max) {
        return integer(node, path, (long) min, (long) max).map(Long::intValue);
    }

    private static String rangeMessage(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return "must be >= " + min;
        }
        if (max == min + 1) {
            return "must be " + min + " or " + max;
        }
        return "must be between " + min + " and " + max;
    }

    /** A non-negative number. */
    Optional<Double> nonNegativeNumber(Node node, String path) {
        Optional<String> text = node != null && node.getTag().equals(Tag.FLOAT)
                ? numeric(node, path, Tag.FLOAT, "must be a number")
                : numeric(node, path, Tag.INT, "must be a number");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double value;
        try {
            String plain = text.get().replace("_", "");
            if (!FLOAT.matcher(plain).matches()) {
                throw new NumberFormatException();
            }
            value = Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            problems.error(node, path, "must be a number");
            return Optional.empty();
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.error(node, path, "must be >= 0");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** {@code true} or {@code false}. */
    Optional<Boolean> bool(Node node, String path) {
        Optional<String> text = numeric(node, path, Tag.BOOL, "must be a boolean");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (text.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
                return Optional.of(true);
            case "false":
            case "no":
            case "off":
                return Optional.of(false);
            default:
                problems.error(node, path, "must be a boolean");
                return Optional.empty();
        }
    }

    /** A path: {@code ~/} = the user's home, a relative path resolves against the state home. */
    Optional<Path> path(Node node, String path) {
        return text(node, path).flatMap(text -> {
            try {
                if (text.equals("~")) {
                    return Optional.of(userHome);
                }
                Path value = text.startsWith("~/") ? userHome.resolve(text.substring(2)) : Path.of(text);
                return Optional.of(home.resolve(value).normalize());
            } catch (InvalidPathException e) {
                problems.error(node, path, "must be a path");
                return Optional.empty();
            }
        });
    }

    /** The elements of a sequence. */
    Optional<List<Node>> list(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (!(node instanceof SequenceNode)) {
            problems.error(node, path, "must be a list");
            return Optional.empty();
        }
        return Optional.of(((SequenceNode) node).getValue());
    }

    /** A list of strings, each expanded. */
    Optional<List<String>> strings(Node node, String path) {
        return list(node, path).map(items -> {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                string(items.get(i), path + "[" + i + "]").ifPresent(values::add);
            }
            return values;
        });
    }

    /** A mapping's keys and values. */
    Optional<YamlMapping> mapping(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode)) {
            problems.error(node, path, "must be a mapping");
            return Optional.empty();
        }
        return Optional.of(new YamlMapping((MappingNode) node, path, this));
    }

    /**
     * A node as a plain value (maps, lists, strings, longs, doubles, booleans, {@code null}) with strings expanded,
     * for sections whose owners type them.
     */
    Object plain(Node node, String path) {
        if (node instanceof ScalarNode) {
            ScalarNode scalar = (ScalarNode) node;
            if (isNull(scalar)) {
                return null;
            }
            if (Tag.INT.equals(scalar.getTag())) {
                return integer(scalar, path, Long.MIN_VALUE, Long.MAX_VALUE).orElse(null);
            }
            if (Tag.FLOAT.equals(scalar.getTag())) {
                return parseDouble(scalar.getValue());
            }
            if (Tag.BOOL.equals(scalar.getTag())) {
                return bool(scalar, path).orElse(null);
            }
            return string(scalar, path).orElse(null);
        }
        if (node instanceof SequenceNode) {
            List<Node> items = ((SequenceNode) node).getValue();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                values.add(plain(items.get(i), path + "[" + i + "]"));
            }
            return java.util.Collections.unmodifiableList(values);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode ? ((ScalarNode) tuple.getKeyNode()).getValue()
                    : String.valueOf(tuple.getKeyNode());
            values.put(key, plain(tuple.getValueNode(), YamlMapping.child(path, key)));
        }
        return java.util.Collections.unmodifiableMap(values);
    }

    private static Object parseDouble(String text) {
        String plain = text.replace("_", "");
        switch (plain.toLowerCase(java.util.Locale.ROOT)) {
            case ".inf":
            case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            case ".nan":
                return Double.NaN;
            default:
                return Double.parseDouble(plain);
        }
    }

    /**
     * The text of a scalar that should be of {@code tag}: a plain scalar YAML resolved to it, or a plain string
     * naming a variable (expanded). Anything else is an error {@code message}.
     */
    private Optional<String> numeric(Node node, String path, Tag tag, String message) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode) {
            ScalarNode scalar = (ScalarNode) node;
            if (tag.equals(scalar.getTag())) {
                return Optional.of(scalar.getValue());
            }
            if (scalar.isPlain() && Tag.STR.equals(scalar.getTag())
                    && EnvExpansion.mentionsVariable(scalar.getValue())) {
                return expanded(scalar, path).map(String::trim);
            }
        }
        problems.error(node, path, message);
        return Optional.empty();
    }

    private Optional<String> expanded(ScalarNode scalar, String path) {
        try {
            return Optional.of(EnvExpansion.expand(scalar.getValue(), env));
        } catch (EnvExpansion.Failure e) {
            problems.error(scalar, path, e.getMessage());
            return Optional.empty();
        }
    }
}
