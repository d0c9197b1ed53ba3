package dev.donmai.providers.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small, null-safe readers over Jackson trees for the harness parsers, and the one shared mapper. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    /** The line as a JSON object, or empty when it is not one (then the line is unparseable). */
    static Optional<ObjectNode> object(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(trimmed);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A text field, or null when absent, null or not text. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A text field that is present and not blank, else null. */
    static @Nullable String nonBlank(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : value;
    }

    /** An integral field, or null. */
    static @Nullable Long integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    /** A non-negative integral field, or 0. */
    static long count(JsonNode node, String field) {
        Long value = integer(node, field);
        return value == null || value < 0 ? 0 : value;
    }

    /** A finite non-negative number field, or null. */
    static @Nullable Double amount(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isNumber()) {
            return null;
        }
        double d = value.asDouble();
        return Double.isFinite(d) && d >= 0 ? d : null;
    }

    /** A boolean field, or {@code fallback}. */
    static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isBoolean() ? value.asBoolean() : fallback;
    }

    /** The text elements of an array field (others skipped). */
    static List<String> texts(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (v.isTextual() && !v.asText().isBlank()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    /** An object field as a plain map (empty when absent or not an object). */
    static Map<String, Object> map(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        return MAPPER.convertValue(node, MAP);
    }

    /** Compact JSON text of {@code value}. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON", e);
        }
    }

    /** Parses a JSON object text to a map, or empty when it is not one. */
    static Optional<Map<String, Object>> parseObject(String text) {
        return object(text).map(Json::map);
    }
}
