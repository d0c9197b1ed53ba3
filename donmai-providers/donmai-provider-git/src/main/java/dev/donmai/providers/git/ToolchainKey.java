package dev.donmai.providers.git;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code toolchainKey} of a workarea spec (sessions.md §14): sorted {@code tool@major.minor}, comma-joined,
 * {@code none} without demands. The provider does not probe tools; it reads each value of
 * {@link dev.donmai.contracts.workarea.WorkareaSpec#toolchain()} as the version the engine resolved at admission
 * (e.g. {@code java → 17.0.9} gives {@code java@17.0}). A value that is not a plain version (a demand such as
 * {@code >=18 <22}) keys as itself without blanks, so equal demands still share pool members.
 */
final class ToolchainKey {

    /** The key without demands. */
    static final String NONE = "none";

    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:[.\\-+_].*)?$");

    private ToolchainKey() {
    }

    static String of(Map<String, String> toolchain) {
        if (toolchain.isEmpty()) {
            return NONE;
        }
        return new TreeMap<>(toolchain).entrySet().stream()
                .map(e -> e.getKey() + "@" + majorMinor(e.getValue()))
                .collect(Collectors.joining(","));
    }

    static String majorMinor(String version) {
        String value = version.strip();
        Matcher m = VERSION.matcher(value);
        if (m.matches()) {
            return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2));
        }
        return value.replaceAll("\\s+", "");
    }
}
