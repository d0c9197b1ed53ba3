package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * One control-API reply: a status, a JSON body (or the plain text of {@code /healthz}) and extra headers.
 *
 * @param status  the HTTP status
 * @param json    the JSON body, or {@code null} for a text reply
 * @param text    the plain-text body when {@code json} is {@code null}
 * @param headers extra headers ({@code Allow}, {@code Retry-After})
 */
record ApiResponse(int status, JsonNode json, String text, Map<String, String> headers) {

    ApiResponse {
        if (json == null) {
            Objects.requireNonNull(text, "text");
        }
        headers = Map.copyOf(headers);
    }

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body, null, Map.of());
    }

    static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, body, null, Map.of());
    }

    static ApiResponse text(int status, String text) {
        return new ApiResponse(status, null, text, Map.of());
    }

    /** {@code {"error": message}} with {@code status}. */
    static ApiResponse error(int status, String message) {
        return of(status, Json.object().put("error", message));
    }

    /** {@code {"error": message, <idField>: id}} with {@code status}. */
    static ApiResponse error(int status, String message, String idField, String id) {
        ObjectNode body = Json.object().put("error", message);
        if (id != null) {
            body.put(idField, id);
        }
        return of(status, body);
    }

    /** An action route's success: {@code {ok:true, message}}. */
    static ApiResponse action(String message) {
        return ok(Json.object().put("ok", true).put("message", message));
    }

    /** An action route's refusal: {@code {error, ok:false, message}}. */
    static ApiResponse actionError(int status, String message) {
        return of(status, Json.object().put("error", message).put("ok", false).put("message", message));
    }

    ApiResponse withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, json, text, more);
    }
}
