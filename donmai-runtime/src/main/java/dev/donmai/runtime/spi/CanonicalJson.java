package dev.donmai.runtime.spi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serialises a JSON tree to its RFC 8785 (JSON Canonicalization Scheme) form: object members sorted by the UTF-16
 * code units of their names, no whitespace, ECMAScript number formatting and the minimal JCS string escaping.
 *
 * <p>The tree is made of {@link Map} (string keys), {@link List}, {@link String}, {@link Number}, {@link Boolean} and
 * {@code null}. Numbers are IEEE-754 doubles as in I-JSON, so integers beyond 2<sup>53</sup> lose precision, and
 * NaN and infinities are refused.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical JSON text of {@code tree}. */
    public static String write(Object tree) {
        StringBuilder out = new StringBuilder();
        append(out, tree);
        return out.toString();
    }

    /** The canonical JSON of {@code tree} as UTF-8 bytes, the form that is hashed and signed. */
    public static byte[] utf8(Object tree) {
        return write(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Number n) {
            out.append(EcmaNumber.format(n.doubleValue()));
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        // String.compareTo orders by UTF-16 code units, exactly the order RFC 8785 §3.2.3 prescribes.
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings");
            }
            sorted.put(key, entry.getValue());
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
