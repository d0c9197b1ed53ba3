package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A request that passed every guard: its path parameters, query and (for JSON routes) the parsed body, an empty
 * object when no body was sent.
 */
record ApiRequest(List<String> params, Map<String, Deque<String>> query, ObjectNode body) {

    ApiRequest {
        params = List.copyOf(params);
        query = Map.copyOf(query);
    }

    String param(int index) {
        return params.get(index);
    }

    /** True when the query parameter is {@code true}. */
    boolean flag(String name) {
        Deque<String> values = query.get(name);
        return values != null && values.stream().anyMatch("true"::equalsIgnoreCase);
    }

    /** The body field, or a missing node. */
    JsonNode field(String name) {
        return body.path(name);
    }
}
