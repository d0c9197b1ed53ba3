package dev.donmai.contracts.provider;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation helpers shared by the contract records. Every failure is a
 * {@link ProviderException.ContractViolation} naming the field; a rejected value is never echoed.
 */
public final class FieldChecks {

    /** Environment variable names. */
    public static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private FieldChecks() {
    }

    public static ProviderException.ContractViolation invalid(String field) {
        return new ProviderException.ContractViolation(ViolationCode.INVALID_VALUE, field);
    }

    public static ProviderException.ContractViolation missing(String field) {
        return new ProviderException.ContractViolation(ViolationCode.MISSING_REQUIRED_FIELD, field);
    }

    /** Throws {@code INVALID_VALUE(field)} unless {@code condition} holds. */
    public static void check(boolean condition, String field) {
        if (!condition) {
            throw invalid(field);
        }
    }

    /** Returns {@code value}, or throws {@code MISSING_REQUIRED_FIELD(field)} when it is null. */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** A required string that is not blank. */
    public static String requireText(String value, String field) {
        check(!require(value, field).isBlank(), field);
        return value;
    }

    /** An optional string that, when present, is not blank. */
    public static String optionalText(String value, String field) {
        check(value == null || !value.isBlank(), field);
        return value;
    }

    public static long nonNegative(long value, String field) {
        check(value >= 0, field);
        return value;
    }

    public static Integer nonNegative(Integer value, String field) {
        check(value == null || value >= 0, field);
        return value;
    }

    public static Long nonNegative(Long value, String field) {
        check(value == null || value >= 0, field);
        return value;
    }

    /** An optional amount (e.g. USD) that, when present, is finite and not negative. */
    public static Double nonNegative(Double value, String field) {
        check(value == null || (Double.isFinite(value) && value >= 0), field);
        return value;
    }

    /** An unmodifiable copy keeping order; null is the empty list; a null element is invalid. */
    public static <T> List<T> list(Collection<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            check(value != null, field);
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Like {@link #list} but every element must be a non-blank string. */
    public static List<String> textList(Collection<String> values, String field) {
        List<String> copy = list(values, field);
        for (String value : copy) {
            check(!value.isBlank(), field);
        }
        return copy;
    }

    /** An unmodifiable copy keeping first-seen order; null is the empty set; a null element is invalid. */
    public static <T> Set<T> set(Collection<? extends T> values, String field) {
        if (values == null) {
            return Set.of();
        }
        Set<T> copy = new LinkedHashSet<>();
        for (T value : values) {
            check(value != null, field);
            copy.add(value);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** An unmodifiable copy keeping order; null is the empty map; a null or blank key or a null value is invalid. */
    public static <V> Map<String, V> map(Map<String, ? extends V> values, String field) {
        if (values == null) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends V> entry : values.entrySet()) {
            check(entry.getKey() != null && !entry.getKey().isBlank() && entry.getValue() != null, field);
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Like {@link #map} but every key must be an environment variable name. */
    public static <V> Map<String, V> envMap(Map<String, ? extends V> values, String field) {
        Map<String, V> copy = map(values, field);
        for (String name : copy.keySet()) {
            check(ENV_NAME.matcher(name).matches(), field);
        }
        return copy;
    }

    /** A list of environment variable names. */
    public static List<String> envNames(Collection<String> values, String field) {
        List<String> copy = list(values, field);
        for (String name : copy) {
            check(ENV_NAME.matcher(name).matches(), field);
        }
        return copy;
    }


    public static int nonNegative(int value, String field) {
        check(value >= 0, field);
        return value;
    }

    public static int positive(int value, String field) {
        check(value > 0, field);
        return value;
    }

    public static long positive(long value, String field) {
        check(value > 0, field);
        return value;
    }

    /** An optional duration that, when present, is strictly positive. */
    public static Duration optionalPositive(Duration value, String field) {
        if (value != null) {
            check(!value.isNegative() && !value.isZero(), field);
        }
        return value;
    }

    /** An immutable copy of a required list without null elements, order kept (null is missing, not empty). */
    public static <T> List<T> requiredList(List<T> value, String field) {
        noNullElements(require(value, field), field);
        return List.copyOf(value);
    }

    /** An immutable copy of a required list of non-blank strings. */
    public static List<String> requiredTexts(List<String> value, String field) {
        List<String> copy = requiredList(value, field);
        copy.forEach(s -> check(!s.isBlank(), field));
        return copy;
    }

    /** An immutable copy of a required set without null elements, iteration order kept. */
    public static <T> Set<T> requiredSet(Collection<T> value, String field) {
        noNullElements(require(value, field), field);
        return Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    /** An immutable copy of a required map without null keys or values, iteration order kept. */
    public static <K, V> Map<K, V> requiredMap(Map<K, V> value, String field) {
        require(value, field);
        Map<K, V> copy = new LinkedHashMap<>();
        value.forEach((k, v) -> {
            if (k == null || v == null) {
                throw invalid(field);
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    /**
     * An absolute URI with a scheme and a host and without user info (credentials travel as {@code Secret}s,
     * never in URLs). When {@code httpOnly}, the scheme must be {@code http} or {@code https}.
     */
    public static String url(String value, String field, boolean httpOnly) {
        requireText(value, field);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(field);
        }
        check(uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null, field);
        if (httpOnly) {
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            check(scheme.equals("http") || scheme.equals("https"), field);
        }
        return value;
    }

    private static void noNullElements(Collection<?> value, String field) {
        for (Object element : value) {
            if (element == null) {
                throw invalid(field);
            }
        }
    }

    /**
     * A deep, unmodifiable copy of a JSON-shaped map (values: null, String, Number, Boolean, nested maps with
     * string keys, lists). Order is kept; null values are kept as JSON null.
     */
    public static Map<String, Object> json(Map<String, ?> values, String field) {
        if (values == null) {
            return Map.of();
        }
        return jsonObject(values, field);
    }

    private static Map<String, Object> jsonObject(Map<?, ?> values, String field) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw invalid(field);
            }
            copy.put(key, jsonValue(entry.getValue(), field));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object jsonValue(Object value, String field) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> nested) {
            return jsonObject(nested, field);
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            for (Object item : items) {
                copy.add(jsonValue(item, field));
            }
            return Collections.unmodifiableList(copy);
        }
        throw invalid(field);
    }
}
