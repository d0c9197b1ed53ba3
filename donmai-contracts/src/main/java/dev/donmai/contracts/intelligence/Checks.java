package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation helpers for the records of this package. Failures are
 * {@link ProviderException.ContractViolation}s that name the field and never echo the value.
 * (Package-private: the contracts' import DAG leaves no shared home for it outside {@code provider}.)
 */
final class Checks {

    private Checks() {
    }

    static ProviderException.ContractViolation missing(String field) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD, field);
    }

    static ProviderException.ContractViolation invalid(String field) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    static void check(boolean valid, String field) {
        if (!valid) {
            throw invalid(field);
        }
    }

    /** A required, non-blank string. */
    static String text(String value, String field) {
        required(value, field);
        check(!value.isBlank(), field);
        return value;
    }

    /** An optional string that, when present, is not blank. */
    static @Nullable String optionalText(@Nullable String value, String field) {
        if (value != null) {
            check(!value.isBlank(), field);
        }
        return value;
    }

    static int positive(int value, String field) {
        check(value > 0, field);
        return value;
    }

    static long positive(long value, String field) {
        check(value > 0, field);
        return value;
    }

    static int nonNegative(int value, String field) {
        check(value >= 0, field);
        return value;
    }

    static long nonNegative(long value, String field) {
        check(value >= 0, field);
        return value;
    }

    /** An optional duration that, when present, is strictly positive. */
    static @Nullable Duration optionalPositive(@Nullable Duration value, String field) {
        if (value != null) {
            check(!value.isNegative() && !value.isZero(), field);
        }
        return value;
    }

    /** An immutable copy of a required list without null elements, order kept. */
    static <T> List<T> list(List<T> value, String field) {
        noNullElements(required(value, field), field);
        return List.copyOf(value);
    }

    /** An immutable copy of a required list of non-blank strings. */
    static List<String> texts(List<String> value, String field) {
        List<String> copy = list(value, field);
        copy.forEach(s -> check(!s.isBlank(), field));
        return copy;
    }

    /** An immutable copy of a required set without null elements, iteration order kept. */
    static <T> Set<T> set(Collection<T> value, String field) {
        noNullElements(required(value, field), field);
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    /** An immutable copy of a required map without null keys or values, iteration order kept. */
    static <K, V> Map<K, V> map(Map<K, V> value, String field) {
        required(value, field);
        LinkedHashMap<K, V> copy = new LinkedHashMap<>();
        value.forEach((k, v) -> {
            if (k == null || v == null) {
                throw invalid(field);
            }
            copy.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * An absolute URI with a scheme and a host and without user info (credentials travel as {@code Secret}s,
     * never in URLs). When {@code httpOnly}, the scheme must be {@code http} or {@code https}.
     */
    static String url(String value, String field, boolean httpOnly) {
        text(value, field);
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

    /** Observation ids: {@code obs_} + a ULID (Crockford base32, 26 characters). */
    static final java.util.regex.Pattern OBSERVATION_ID = java.util.regex.Pattern.compile("^obs_[0-9A-HJKMNP-TV-Z]{26}$");
    /** Tags: lower case, 1–32 characters. */
    static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9._-]{0,31}$");
    /** Commit ids: lower-case hex, 7–64 characters. */
    static final java.util.regex.Pattern COMMIT = java.util.regex.Pattern.compile("^[0-9a-f]{7,64}$");
    /** Most UTF-8 bytes of an observation text. */
    static final int MAX_TEXT_BYTES = 4096;
    /** Most tags per observation. */
    static final int MAX_TAGS = 16;
    /** Most paths per observation source. */
    static final int MAX_PATHS = 50;

    static String observationId(String value, String field) {
        required(value, field);
        check(OBSERVATION_ID.matcher(value).matches(), field);
        return value;
    }

    static @Nullable String optionalObservationId(@Nullable String value, String field) {
        return value == null ? null : observationId(value, field);
    }

    /** Observation text: not blank, at most {@value #MAX_TEXT_BYTES} UTF-8 bytes. */
    static String observationText(String value, String field) {
        text(value, field);
        check(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES, field);
        return value;
    }

    static List<String> tags(List<String> value, String field) {
        List<String> copy = list(value, field);
        check(copy.size() <= MAX_TAGS, field);
        copy.forEach(tag -> check(TAG.matcher(tag).matches(), field));
        check(new java.util.HashSet<>(copy).size() == copy.size(), field);
        return copy;
    }

    static List<String> paths(List<String> value, String field) {
        List<String> copy = texts(value, field);
        check(copy.size() <= MAX_PATHS, field);
        return copy;
    }

    static @Nullable String optionalCommit(@Nullable String value, String field) {
        if (value != null) {
            check(COMMIT.matcher(value).matches(), field);
        }
        return value;
    }

    /** A path-safe id that also contains no {@code ..} (memory ids name directories). */
    static String pathSafeId(String value, String field) {
        dev.donmai.contracts.provider.Ids.requireId(value, field);
        check(!value.contains(".."), field);
        return value;
    }

    static double finite(double value, String field) {
        check(Double.isFinite(value), field);
        return value;
    }

    private static void noNullElements(Collection<?> value, String field) {
        for (Object element : value) {
            if (element == null) {
                throw invalid(field);
            }
        }
    }
}
