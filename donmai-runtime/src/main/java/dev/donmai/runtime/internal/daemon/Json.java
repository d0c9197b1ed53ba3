package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The control API's JSON helpers: one mapper, node factories, RFC 3339 UTC timestamps. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** RFC 3339 UTC with millisecond precision at most ({@code *At} fields). */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** RFC 3339 UTC in whole seconds ({@code timestamp} fields). */
    static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Puts {@code value} unless it is {@code null}: absent optional fields are omitted (host.md §1.1). */
    static void putIfPresent(ObjectNode node, String field, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Instant instant) {
            node.put(field, time(instant));
        } else if (value instanceof Number || value instanceof Boolean) {
            node.set(field, MAPPER.valueToTree(value));
        } else {
            node.put(field, value.toString());
        }
    }
}
