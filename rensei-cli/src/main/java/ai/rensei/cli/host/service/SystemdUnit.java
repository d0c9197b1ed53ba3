package ai.rensei.cli.host.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The systemd unit text of host.md §2. Words with spaces are double-quoted; {@code %} (a unit specifier) and, in
 * {@code ExecStart}, {@code $} (variable expansion) are doubled so paths reach the daemon as written.
 */
public final class SystemdUnit {

    private SystemdUnit() {
    }

    /** The unit for {@code definition}; a system unit when it names a user to run as. */
    public static String render(ServiceDefinition definition) {
        List<String> lines = new ArrayList<>(List.of(
                "[Unit]",
                "Description=Rensei host daemon",
                "After=network-online.target",
                "Wants=network-online.target",
                "",
                "[Service]",
                "Type=simple"));
        definition.runAs().ifPresent(user -> lines.add("User=" + user));
        for (Map.Entry<String, String> variable : definition.environment().entrySet()) {
            lines.add("Environment=" + quoted(variable.getKey() + "=" + variable.getValue(), false));
        }
        List<String> words = new ArrayList<>();
        definition.command().forEach(word -> words.add(quoted(word, true)));
        lines.add("ExecStart=" + String.join(" ", words));
        lines.addAll(List.of(
                "Restart=on-failure",
                "RestartSec=5s",
                "SuccessExitStatus=3",
                "RestartForceExitStatus=3",
                "",
                "[Install]",
                "WantedBy=" + (definition.runAs().isPresent() ? "multi-user.target" : "default.target")));
        return String.join("\n", lines) + "\n";
    }

    private static String quoted(String word, boolean command) {
        String escaped = word.replace("%", "%%");
        if (command) {
            escaped = escaped.replace("$", "$$");
        }
        boolean needsQuotes = escaped.contains(" ") || escaped.contains("\t") || escaped.contains("\"")
                || escaped.contains("\\");
        if (!needsQuotes) {
            return escaped;
        }
        return "\"" + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
