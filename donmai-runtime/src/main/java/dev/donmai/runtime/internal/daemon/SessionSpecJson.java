package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.WireValue;
import dev.donmai.contracts.session.SessionMode;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SpecSignature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a SessionSpec from the JSON of {@code POST /sessions} (host.md §5.4): typed fields are type-checked (a wrong
 * type is {@code invalid JSON: <field> must be <type>}), unknown fields are kept verbatim in {@code extra}, and the
 * session id is checked with the exact messages of host.md §3.4. An unknown {@code mode} is not a JSON error but
 * admission's {@code mode "<m>" is not supported}, so it is reported as {@link Parsed#unsupportedMode}.
 */
final class SessionSpecJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern SESSION_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$");

    /** What reading a body gave. */
    sealed interface Result {
    }

    /** A spec, its body as received, and an unknown mode when the body named one. */
    record Parsed(SessionSpec spec, ObjectNode body, Optional<String> unsupportedMode) implements Result {
    }

    /** A 400: {@code error} exact, {@code sessionId} when it was readable. */
    record Rejected(String error, Optional<String> sessionId) implements Result {
    }

    private SessionSpecJson() {
    }

    /** Reads {@code body}; {@code null} or an empty body is an object without fields. */
    static Result read(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return new Rejected("sessionId is required", Optional.empty());
        }
        if (!(body instanceof ObjectNode object)) {
            return new Rejected("invalid JSON: body must be an object", Optional.empty());
        }
        JsonNode id = object.get("sessionId");
        if (id == null || id.isNull() || (id.isTextual() && id.asText().isEmpty())) {
            return new Rejected("sessionId is required", Optional.empty());
        }
        if (!id.isTextual()) {
            return new Rejected("invalid JSON: sessionId must be a string", Optional.empty());
        }
        String sessionId = id.asText();
        if (!validSessionId(sessionId)) {
            return new Rejected("invalid sessionId", Optional.of(sessionId));
        }
        try {
            return new Parsed(build(sessionId, object), object.deepCopy(), unknownMode(object));
        } catch (FieldTypeException e) {
            return new Rejected("invalid JSON: " + e.getMessage(), Optional.of(sessionId));
        } catch (ProviderException.ContractViolation | IllegalArgumentException e) {
            return new Rejected("invalid JSON: " + e.getMessage(), Optional.of(sessionId));
        }
    }

    /** host.md §3.4: the pattern, no {@code ..}, not ending in {@code .} or {@code .lock}. */
    static boolean validSessionId(String id) {
        return SESSION_ID.matcher(id).matches() && !id.contains("..") && !id.endsWith(".") && !id.endsWith(".lock");
    }

    /** {@code body} with every {@code env} value (top level and in a nested work item) shown as {@code "***"}. */
    static ObjectNode masked(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        JsonNode env = copy.get("env");
        if (env instanceof ObjectNode envObject) {
            Iterator<String> names = envObject.fieldNames();
            List<String> keys = new ArrayList<>();
            names.forEachRemaining(keys::add);
            keys.forEach(k -> envObject.put(k, "***"));
        }
        return copy;
    }

    private static Optional<String> unknownMode(ObjectNode object) {
        JsonNode mode = object.get("mode");
        if (mode == null || mode.isNull() || !mode.isTextual()) {
            return Optional.empty();
        }
        for (SessionMode m : SessionMode.values()) {
            if (m.wire().equals(mode.asText())) {
                return Optional.empty();
            }
        }
        return Optional.of(mode.asText());
    }

    private static SessionSpec build(String sessionId, ObjectNode o) {
        SessionSpec.Builder b = SessionSpec.builder(sessionId)
                .repository(text(o, "repository"))
                .ref(text(o, "ref"))
                .projectId(text(o, "projectId"))
                .repositoryId(text(o, "repositoryId"))
                .requiresRepository(bool(o, "requiresRepository"))
                .organizationId(text(o, "organizationId"))
                .projectName(text(o, "projectName"))
                .env(stringMap(o, "env"))
                .maxDurationSeconds(longValue(o, "maxDurationSeconds"))
                .workType(text(o, "workType"))
                .harness(text(o, "harness"))
                .harnessOptions(objectMap(o, "harnessOptions"))
                .model(text(o, "model"))
                .prompt(text(o, "prompt"))
                .title(text(o, "title"))
                .body(text(o, "body"))
                .branch(text(o, "branch"))
                .toolchain(stringMap(o, "toolchain"))
                .issueId(text(o, "issueId"))
                .issueIdentifier(text(o, "issueIdentifier"))
                .promptContext(text(o, "promptContext"))
                .systemPromptOverride(text(o, "systemPromptOverride"))
                .memoryBlock(text(o, "memoryBlock"))
                .company(text(o, "company"))
                .injectEnvNames(stringList(o, "injectEnvNames"))
                .credentialRequirements(stringList(o, "credentialRequirements"));
        String mode = text(o, "mode");
        if (mode != null && unknownMode(o).isEmpty()) {
            b = b.mode(SessionMode.fromWire(mode));
        }
        JsonNode resources = object(o, "resources");
        if (resources != null) {
            b = b.resources(new SessionSpec.Resources(doubleValue(resources, "vCpu", "resources.vCpu"),
                    longValue(resources, "memoryMb", "resources.memoryMb")));
        }
        JsonNode budget = object(o, "budget");
        if (budget != null) {
            b = b.budget(new SessionSpec.Budget(doubleValue(budget, "maxCostUsd", "budget.maxCostUsd"),
                    longValue(budget, "maxTokens", "budget.maxTokens")));
        }
        String authMode = text(o, "authMode");
        if (authMode != null) {
            b = b.authMode(WireValue.fromWire(AuthMode.class, authMode));
        }
        List<String> allowed = stringList(o, "platformAllowed");
        if (!allowed.isEmpty()) {
            List<AuthMode> modes = new ArrayList<>();
            allowed.forEach(a -> modes.add(WireValue.fromWire(AuthMode.class, a)));
            b = b.platformAllowed(modes);
        }
        JsonNode signature = object(o, "signature");
        if (signature != null) {
            b = b.signature(new SpecSignature(requiredText(signature, "keyId", "signature.keyId"),
                    requiredText(signature, "alg", "signature.alg"),
                    requiredText(signature, "value", "signature.value")));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        o.fields().forEachRemaining(field -> {
            if (!SessionSpec.FIELD_NAMES.contains(field.getKey())) {
                extra.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
            }
        });
        return b.extra(extra).build();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new FieldTypeException(field + " must be a string");
        }
        return v.asText();
    }

    private static String requiredText(JsonNode o, String field, String path) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new FieldTypeException(path + " must be a string");
        }
        return v.asText();
    }

    private static Boolean bool(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new FieldTypeException(field + " must be a boolean");
        }
        return v.asBoolean();
    }

    private static Long longValue(JsonNode o, String field) {
        return longValue(o, field, field);
    }

    private static Long longValue(JsonNode o, String field, String path) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new FieldTypeException(path + " must be an integer");
        }
        return v.asLong();
    }

    private static Double doubleValue(JsonNode o, String field, String path) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new FieldTypeException(path + " must be a number");
        }
        return v.asDouble();
    }

    private static JsonNode object(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new FieldTypeException(field + " must be an object");
        }
        return v;
    }

    private static Map<String, String> stringMap(JsonNode o, String field) {
        JsonNode v = object(o, field);
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            v.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual()) {
                    throw new FieldTypeException(field + "." + e.getKey() + " must be a string");
                }
                out.put(e.getKey(), e.getValue().asText());
            });
        }
        return out;
    }

    private static Map<String, Object> objectMap(JsonNode o, String field) {
        JsonNode v = object(o, field);
        Map<String, Object> out = new LinkedHashMap<>();
        if (v != null) {
            v.fields().forEachRemaining(e -> out.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        }
        return out;
    }

    private static List<String> stringList(JsonNode o, String field) {
        JsonNode v = o.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new FieldTypeException(field + " must be an array");
        }
        v.forEach(item -> {
            if (!item.isTextual()) {
                throw new FieldTypeException(field + " must be an array of strings");
            }
            out.add(item.asText());
        });
        return out;
    }

    /** A field of the wrong JSON type. */
    private static final class FieldTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldTypeException(String message) {
            super(message);
        }
    }
}
