package dev.donmai.runtime.internal.toolchain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed tool version: numeric components in order ({@code 17.0.9} → [17, 0, 9]).
 *
 * @param components the numeric components, at least one
 */
record ToolVersion(List<Integer> components) implements Comparable<ToolVersion> {

    private static final Pattern NUMERIC = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern JAVA = Pattern.compile("version \"([^\"]+)\"");
    private static final Pattern JAVA_LEGACY = Pattern.compile("^1\\.(\\d+)(?:\\.(\\d+))?(?:_(\\d+))?");
    private static final Pattern NODE = Pattern.compile("\\bv(\\d+(?:\\.\\d+)*)");
    private static final Pattern PYTHON = Pattern.compile("Python (\\d+(?:\\.\\d+)*)");
    private static final Pattern GO = Pattern.compile("\\bgo(\\d+(?:\\.\\d+)*)");

    ToolVersion {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one component");
        }
    }

    /** Parses {@code 17.0.9}-style text; empty when it is not dotted numbers. */
    static Optional<ToolVersion> parse(String text) {
        if (text == null || !NUMERIC.matcher(text).matches()) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : text.split("\\.")) {
            try {
                parts.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ToolVersion(parts));
    }

    /** The version in a probe's output, per the §14 table; empty when the output does not carry one. */
    static Optional<ToolVersion> fromProbeOutput(String tool, String output) {
        if (output == null) {
            return Optional.empty();
        }
        return switch (tool) {
            case "java" -> java(output);
            case "node" -> first(NODE, output);
            case "python" -> first(PYTHON, output);
            case "go" -> first(GO, output);
            default -> Optional.empty();
        };
    }

    private static Optional<ToolVersion> java(String output) {
        Matcher matcher = JAVA.matcher(output);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String raw = matcher.group(1);
        Matcher legacy = JAVA_LEGACY.matcher(raw);
        if (legacy.find()) {
            // 1.8.0_392 is Java 8, update 392: 8.0.392.
            List<Integer> parts = new ArrayList<>();
            parts.add(Integer.parseInt(legacy.group(1)));
            parts.add(legacy.group(2) == null ? 0 : Integer.parseInt(legacy.group(2)));
            if (legacy.group(3) != null) {
                parts.add(Integer.parseInt(legacy.group(3)));
            }
            return Optional.of(new ToolVersion(parts));
        }
        Matcher numeric = Pattern.compile("^\\d+(?:\\.\\d+)*").matcher(raw);
        return numeric.find() ? parse(numeric.group()) : Optional.empty();
    }

    private static Optional<ToolVersion> first(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? parse(matcher.group(1)) : Optional.empty();
    }

    /** Component {@code i}, 0 when missing (the §14 comparison rule). */
    int at(int i) {
        return i < components.size() ? components.get(i) : 0;
    }

    @Override
    public int compareTo(ToolVersion other) {
        int n = Math.max(components.size(), other.components.size());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(at(i), other.at(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** {@code major.minor}, as the toolchain key writes it. */
    String majorMinor() {
        return at(0) + "." + at(1);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(components.get(i));
        }
        return out.toString();
    }
}
