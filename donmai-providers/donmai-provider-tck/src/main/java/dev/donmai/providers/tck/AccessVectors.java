package dev.donmai.providers.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.model.AccessBlock;
import dev.donmai.contracts.model.AccessRequest;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.WireValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads narrow-only access vectors: the upstream golden file and the kit's own cases share one JSON shape
 * ({@code {version, description, vectors: [...]}}). Unknown keys are rejected so a typo cannot silently weaken a
 * case.
 */
final class AccessVectors {

    /** The only error an expected outcome may name. */
    static final String ACCESS_DENIED = "AccessDenied";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILE_KEYS = Set.of("version", "description", "vectors");
    private static final Set<String> VECTOR_KEYS = Set.of("name", "platformAllowed", "machine", "workload", "company",
            "model", "requested", "expected", "expectedError", "expectedEffectiveSet", "expectedDropped");
    private static final Set<String> MACHINE_KEYS = Set.of("default", "workloads");
    private static final Set<String> BLOCK_KEYS = Set.of("authOrder", "matrix");
    private static final Set<String> CELL_KEYS = Set.of("allowed", "host", "model");
    private static final Set<String> EXPECTED_KEYS = Set.of("authMode", "host", "model");

    private AccessVectors() {
    }

    /** One vector: a request and the decision it must produce. */
    record Vector(
            String name,
            AccessRequest request,
            @Nullable Grant expected,
            Set<AuthMode> expectedEffectiveSet,
            Set<String> expectedDropped) {

        /** True when the vector expects {@code AccessDenied}. */
        boolean expectsDenied() {
            return expected == null;
        }
    }

    /** The expected grant; {@code host} {@code null} = no host pinned (the file spells it {@code ""}). */
    record Grant(AuthMode authMode, @Nullable String host, String model) {
    }

    /** Parses a whole file; {@code source} names it in error messages. */
    static List<Vector> parse(byte[] content, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getMessage(), e);
        }
        Context file = new Context(source);
        file.object(root);
        file.keys(root, FILE_KEYS);
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != 1) {
            throw file.error("version must be 1");
        }
        JsonNode vectors = root.get("vectors");
        if (vectors == null || !vectors.isArray()) {
            throw file.error("vectors must be an array");
        }
        List<Vector> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < vectors.size(); i++) {
            Vector vector = vector(vectors.get(i), new Context(source + ": vectors[" + i + "]"));
            if (!names.add(vector.name())) {
                throw file.error("duplicate vector name " + vector.name());
            }
            result.add(vector);
        }
        return List.copyOf(result);
    }

    private static Vector vector(JsonNode node, Context at) {
        at.object(node);
        at.keys(node, VECTOR_KEYS);
        String name = at.requiredText(node, "name");
        Context in = new Context(at.where + " (" + name + ")");
        AccessRequest request;
        try {
            request = new AccessRequest(
                    in.modes(node.get("platformAllowed"), "platformAllowed", true),
                    machine(node.get("machine"), in.child("machine")),
                    in.optionalText(node, "workload", ""),
                    in.requiredText(node, "company"),
                    in.requiredText(node, "model"),
                    in.optionalMode(node, "requested"));
        } catch (ProviderException.ContractViolation | NullPointerException e) {
            throw in.error("invalid request: " + e.getMessage());
        }
        JsonNode expected = node.get("expected");
        JsonNode error = node.get("expectedError");
        Grant grant;
        if (expected == null || expected.isNull()) {
            if (error == null || !ACCESS_DENIED.equals(error.asText(null))) {
                throw in.error("expected is null, so expectedError must be \"" + ACCESS_DENIED + "\"");
            }
            grant = null;
        } else {
            if (error != null && !error.isNull()) {
                throw in.error("expected and expectedError are exclusive");
            }
            Context ex = in.child("expected");
            ex.object(expected);
            ex.keys(expected, EXPECTED_KEYS);
            String host = ex.optionalText(expected, "host", "");
            grant = new Grant(
                    ex.mode(expected.get("authMode"), "authMode"),
                    host.isEmpty() ? null : host,
                    ex.requiredText(expected, "model"));
        }
        Set<AuthMode> effective = new LinkedHashSet<>(in.modes(node.get("expectedEffectiveSet"), "expectedEffectiveSet",
                true));
        Set<String> dropped = new LinkedHashSet<>();
        JsonNode droppedNode = node.get("expectedDropped");
        if (droppedNode == null || !droppedNode.isArray()) {
            throw in.error("expectedDropped must be an array");
        }
        for (JsonNode entry : droppedNode) {
            if (!entry.isTextual()) {
                throw in.error("expectedDropped entries must be strings");
            }
            dropped.add(entry.textValue());
        }
        return new Vector(name, request, grant, Set.copyOf(effective), Set.copyOf(dropped));
    }

    private static @Nullable MachineAccess machine(@Nullable JsonNode node, Context at) {
        if (node == null || node.isNull()) {
            return null;
        }
        at.object(node);
        at.keys(node, MACHINE_KEYS);
        JsonNode defaultNode = node.get("default");
        AccessBlock defaultBlock = defaultNode == null || defaultNode.isNull()
                ? null : block(defaultNode, at.child("default"));
        Map<String, AccessBlock> workloads = new LinkedHashMap<>();
        JsonNode workloadsNode = node.get("workloads");
        if (workloadsNode != null && !workloadsNode.isNull()) {
            Context wl = at.child("workloads");
            wl.object(workloadsNode);
            for (Iterator<Map.Entry<String, JsonNode>> it = workloadsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                workloads.put(entry.getKey(), block(entry.getValue(), wl.child(entry.getKey())));
            }
        }
        return new MachineAccess(defaultBlock, workloads);
    }

    private static AccessBlock block(JsonNode node, Context at) {
        at.object(node);
        at.keys(node, BLOCK_KEYS);
        JsonNode orderNode = node.get("authOrder");
        List<AuthMode> authOrder = orderNode == null || orderNode.isNull()
                ? List.of() : at.modes(orderNode, "authOrder", false);
        Map<String, Map<AuthMode, CellRule>> matrix = new LinkedHashMap<>();
        JsonNode matrixNode = node.get("matrix");
        if (matrixNode != null && !matrixNode.isNull()) {
            Context mx = at.child("matrix");
            mx.object(matrixNode);
            for (Iterator<Map.Entry<String, JsonNode>> rows = matrixNode.fields(); rows.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rows.next();
                Context rc = mx.child(row.getKey());
                rc.object(row.getValue());
                Map<AuthMode, CellRule> cells = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = row.getValue().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = it.next();
                    Context cc = rc.child(cell.getKey());
                    cells.put(cc.wireMode(cell.getKey()), cell(cell.getValue(), cc));
                }
                matrix.put(row.getKey(), cells);
            }
        }
        return new AccessBlock(authOrder, matrix);
    }

    private static CellRule cell(JsonNode node, Context at) {
        at.object(node);
        at.keys(node, CELL_KEYS);
        JsonNode allowed = node.get("allowed");
        if (allowed == null || !allowed.isBoolean()) {
            throw at.error("allowed must be a boolean");
        }
        JsonNode host = node.get("host");
        JsonNode model = node.get("model");
        return new CellRule(allowed.booleanValue(),
                host == null || host.isNull() ? null : at.text(host, "host"),
                model == null || model.isNull() ? null : at.text(model, "model"));
    }

    /** Where in a file parsing is, for messages. */
    private static final class Context {
        private final String where;

        Context(String where) {
            this.where = where;
        }

        Context child(String key) {
            return new Context(where + "." + key);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where + ": " + message);
        }

        void object(JsonNode node) {
            if (node == null || !node.isObject()) {
                throw error("must be an object");
            }
        }

        void keys(JsonNode node, Set<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    throw error("unknown key " + key);
                }
            }
        }

        String text(JsonNode node, String key) {
            if (!node.isTextual()) {
                throw error(key + " must be a string");
            }
            return node.textValue();
        }

        String requiredText(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                throw error(key + " is required");
            }
            return text(node, key);
        }

        String optionalText(JsonNode parent, String key, String absent) {
            JsonNode node = parent.get(key);
            return node == null || node.isNull() ? absent : text(node, key);
        }

        AuthMode wireMode(String wire) {
            try {
                return WireValue.fromWire(AuthMode.class, wire);
            } catch (ProviderException.ContractViolation e) {
                throw error("unknown auth mode " + wire);
            }
        }

        AuthMode mode(JsonNode node, String key) {
            if (node == null || node.isNull()) {
                throw error(key + " is required");
            }
            return wireMode(text(node, key));
        }

        @Nullable AuthMode optionalMode(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            return node == null || node.isNull() ? null : mode(node, key);
        }

        List<AuthMode> modes(JsonNode node, String key, boolean required) {
            if (node == null || node.isNull()) {
                if (required) {
                    throw error(key + " is required");
                }
                return List.of();
            }
            if (!node.isArray()) {
                throw error(key + " must be an array");
            }
            List<AuthMode> modes = new ArrayList<>();
            for (JsonNode entry : node) {
                modes.add(mode(entry, key));
            }
            return modes;
        }
    }

    static String describe(Vector vector) {
        Objects.requireNonNull(vector, "vector");
        return vector.expectsDenied()
                ? "Denied"
                : "Granted(" + vector.expected().authMode().wire() + ", host=" + vector.expected().host()
                        + ", model=" + vector.expected().model() + ")";
    }
}
