package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link ProviderConfig} whose values may be flat ({@code pool.enabled: true}) or nested the YAML way
 * ({@code pool: {enabled: true}}); both spellings mean the same key. Unknown keys, values or secrets are refused
 * with {@code UNKNOWN_FIELD} naming the dotted key.
 */
final class ConfigValues {

    private final ProviderConfig flat;

    private ConfigValues(ProviderConfig flat) {
        this.flat = flat;
    }

    static ConfigValues of(ProviderConfig config, Collection<String> knownKeys, Collection<String> knownSecrets) {
        Map<String, Object> values = new LinkedHashMap<>();
        flatten("", config.values(), values);
        for (String key : values.keySet()) {
            if (!knownKeys.contains(key)) {
                throw new ProviderException.ContractViolation(ProviderException.ViolationCode.UNKNOWN_FIELD, key);
            }
        }
        for (String key : config.secrets().keySet()) {
            if (!knownSecrets.contains(key)) {
                throw new ProviderException.ContractViolation(ProviderException.ViolationCode.UNKNOWN_FIELD, key);
            }
        }
        return new ConfigValues(new ProviderConfig(config.scope(), values, config.secrets()));
    }

    Optional<String> string(String key) {
        Optional<String> value = flat.string(key);
        value.ifPresent(v -> check(!v.isBlank(), key));
        return value;
    }

    Optional<Boolean> bool(String key) {
        return flat.bool(key);
    }

    /** A whole number ≥ {@code min}. */
    Optional<Long> integer(String key, long min) {
        Optional<Long> value = flat.integer(key);
        value.ifPresent(v -> check(v >= min, key));
        return value;
    }

    /** A number ≥ 0, fractions allowed (e.g. {@code poolMaxDiskGb: 0.5}). */
    Optional<Double> nonNegativeNumber(String key) {
        Object value = flat.values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else if (value instanceof String s) {
            try {
                number = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw invalid(key);
            }
        } else {
            throw invalid(key);
        }
        check(number >= 0 && Double.isFinite(number), key);
        return Optional.of(number);
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out);
            } else {
                out.put(key, e.getValue());
            }
        }
    }

    private static void check(boolean valid, String key) {
        if (!valid) {
            throw invalid(key);
        }
    }

    private static ProviderException.ContractViolation invalid(String key) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, key);
    }
}
