package dev.donmai.contracts.provider;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a factory creates a provider from: its scope, YAML-shaped values, and secrets kept apart so
 * they never travel with plain values.
 */
public record ProviderConfig(ProviderScope scope, Map<String, Object> values, Map<String, Secret> secrets) {

    public ProviderConfig {
        Objects.requireNonNull(scope, "scope");
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    /** An empty global configuration. */
    public static ProviderConfig empty() {
        return new ProviderConfig(ProviderScope.GLOBAL, Map.of(), Map.of());
    }

    /** A global configuration with the given values and no secret. */
    public static ProviderConfig of(Map<String, Object> values) {
        return new ProviderConfig(ProviderScope.GLOBAL, values, Map.of());
    }

    /**
     * Fails on the first value or secret key outside {@code known}.
     *
     * @throws ProviderException.ContractViolation {@code UNKNOWN_FIELD} naming the key
     */
    public ProviderConfig requireOnlyKeys(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new ProviderException.ContractViolation(ProviderException.ViolationCode.UNKNOWN_FIELD, key);
            }
        }
        for (String key : secrets.keySet()) {
            if (!known.contains(key)) {
                throw new ProviderException.ContractViolation(ProviderException.ViolationCode.UNKNOWN_FIELD, key);
            }
        }
        return this;
    }

    /** A string value. */
    public Optional<String> string(String key) {
        return typed(key, String.class);
    }

    /** A boolean value; YAML booleans and the strings {@code true}/{@code false} are accepted. */
    public Optional<Boolean> bool(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Optional.of(Boolean.parseBoolean((String) value));
        }
        throw invalid(key);
    }

    /** An integer value. */
    public Optional<Long> integer(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Optional.of(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return Optional.of(Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                throw invalid(key);
            }
        }
        throw invalid(key);
    }

    /** A duration given in whole seconds. */
    public Optional<Duration> seconds(String key) {
        return integer(key).map(Duration::ofSeconds);
    }

    /** A secret value. */
    public Optional<Secret> secret(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    private <T> Optional<T> typed(String key, Class<T> type) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw invalid(key);
        }
        return Optional.of(type.cast(value));
    }

    private static ProviderException.ContractViolation invalid(String key) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, key);
    }
}
