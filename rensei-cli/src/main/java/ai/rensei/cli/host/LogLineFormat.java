package ai.rensei.cli.host;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pretty form of a daemon log line (host.md §1.4): a JSON object with any of {@code time}, {@code level},
 * {@code msg} becomes {@code <first 19 chars of time> [<LEVEL>] <msg>}, e.g. {@code 2026-06-02T14:00:00 [INFO] ready};
 * a part the object lacks is left out. Extra fields are not shown; every other line is printed as it is.
 */
final class LogLineFormat {

    private static final int TIME_CHARS = 19;

    private LogLineFormat() {
    }

    static String pretty(String line) {
        if (!line.stripLeading().startsWith("{")) {
            return line;
        }
        Optional<JsonNode> parsed = Json.parse(line);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            return line;
        }
        JsonNode entry = parsed.get();
        Optional<JsonNode> time = JsonText.present(entry, "time");
        Optional<JsonNode> level = JsonText.present(entry, "level");
        Optional<JsonNode> msg = JsonText.present(entry, "msg");
        if (time.isEmpty() && level.isEmpty() && msg.isEmpty()) {
            return line;
        }
        List<String> parts = new ArrayList<>();
        time.map(JsonText::scalar).ifPresent(text -> parts.add(text.substring(0, Math.min(TIME_CHARS, text.length()))));
        level.ifPresent(value -> parts.add("[" + JsonText.scalar(value).toUpperCase(Locale.ROOT) + "]"));
        msg.ifPresent(value -> parts.add(JsonText.scalar(value)));
        return String.join(" ", parts);
    }
}
