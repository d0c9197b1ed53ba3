package ai.rensei.cli.agent;

import ai.rensei.cli.CliException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses repeated {@code --harness-option K=V}: a value that is valid JSON is taken as JSON ({@code count=4} is a
 * number), anything else as a plain string ({@code behaviour=hang}).
 */
final class HarnessOptions {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HarnessOptions() {
    }

    static Map<String, Object> parse(List<String> pairs) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("invalid --harness-option: " + pair + " (expected KEY=VALUE)");
            }
            options.put(pair.substring(0, eq), value(pair.substring(eq + 1)));
        }
        return options;
    }

    private static Object value(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }
}
