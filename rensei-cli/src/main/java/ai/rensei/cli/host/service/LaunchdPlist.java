package ai.rensei.cli.host.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The LaunchAgent property list of host.md §2 (label {@code dev.rensei.daemon}). */
public final class LaunchdPlist {

    private LaunchdPlist() {
    }

    /** The plist for {@code definition}; launchd writes the daemon's stdout and stderr under {@code logDir}. */
    public static String render(ServiceDefinition definition, Path logDir) {
        List<String> lines = new ArrayList<>(List.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                        + "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
                "<plist version=\"1.0\">",
                "<dict>",
                "  <key>Label</key>",
                "  " + string(ServiceLocation.LABEL),
                "  <key>ProgramArguments</key>",
                "  <array>"));
        definition.command().forEach(word -> lines.add("    " + string(word)));
        lines.addAll(List.of(
                "  </array>",
                "  <key>RunAtLoad</key>",
                "  <true/>",
                "  <key>KeepAlive</key>",
                "  <dict>",
                "    <key>SuccessfulExit</key>",
                "    <false/>",
                "  </dict>",
                "  <key>ThrottleInterval</key>",
                "  <integer>5</integer>",
                "  <key>StandardOutPath</key>",
                "  " + string(logDir.resolve("daemon-out.log").toString()),
                "  <key>StandardErrorPath</key>",
                "  " + string(logDir.resolve("daemon-error.log").toString())));
        if (!definition.environment().isEmpty()) {
            lines.add("  <key>EnvironmentVariables</key>");
            lines.add("  <dict>");
            for (Map.Entry<String, String> variable : definition.environment().entrySet()) {
                lines.add("    <key>" + escape(variable.getKey()) + "</key>");
                lines.add("    " + string(variable.getValue()));
            }
            lines.add("  </dict>");
        }
        lines.add("</dict>");
        lines.add("</plist>");
        return String.join("\n", lines) + "\n";
    }

    private static String string(String value) {
        return "<string>" + escape(value) + "</string>";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
