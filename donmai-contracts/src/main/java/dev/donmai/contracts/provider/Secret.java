package dev.donmai.contracts.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Secret material. Its value is reachable only through {@link #reveal()}; {@link #toString()} never shows it,
 * {@link #equals(Object)} compares in constant time, and JSON writers refuse to serialise it.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps a secret value. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret value; call only where it is handed to its consumer. */
    public String reveal() {
        return value;
    }

    /** True when the secret is the empty string. */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        // A constant keeps hash-based collections working without letting the hash leak anything about the value.
        return 0x5ec4e7;
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
