package ai.rensei.cli.host;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a JSON value from a daemon reply reads in a human view: missing or {@code null} is {@value #MISSING}. */
final class JsonText {

    static final String MISSING = "-";

    private JsonText() {
    }

    /** The field's text, or {@value #MISSING}. */
    static String field(JsonNode node, String name) {
        return present(node, name).map(JsonText::scalar).orElse(MISSING);
    }

    /** The field when it is present and not {@code null}. */
    static Optional<JsonNode> present(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * A value as one line: scalars as their text (a string spanning lines is shown JSON-quoted so it stays on one),
     * arrays and objects as compact JSON.
     */
    static String scalar(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? Json.compact(value) : text;
        }
        return value.isValueNode() ? value.asText() : Json.compact(value);
    }

    /** The texts of an array's elements; empty for anything else. */
    static List<String> items(JsonNode array) {
        List<String> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> items.add(scalar(item)));
        }
        return items;
    }
}
