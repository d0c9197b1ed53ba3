package dev.donmai.contracts.provider;

import java.util.Objects;

/** A closed vocabulary value with a stable wire spelling (the upstream kebab-case literal). */
public interface WireValue {

    /** The wire spelling of this value. */
    String wire();

    /**
     * Looks an enum constant up by its wire spelling.
     *
     * @throws ProviderException.ContractViolation with {@code UNKNOWN_DISCRIMINATOR} when no constant matches
     */
    static <E extends Enum<E> & WireValue> E fromWire(Class<E> type, String wire) {
        Objects.requireNonNull(type, "type");
        if (wire != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.wire().equals(wire)) {
                    return constant;
                }
            }
        }
        throw new ProviderException.ContractViolation(
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, type.getSimpleName());
    }

    /** The default wire spelling of an enum constant: lower case, underscores as hyphens. */
    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
