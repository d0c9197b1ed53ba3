package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of {@link ModelAccessResolver#resolve}: access granted with one auth mode, or denied. Both carry the
 * effective set and the dropped cells so the decision can be explained and audited.
 */
public sealed interface AccessDecision {

    /** The modes left after narrowing, in the ceiling's order. */
    List<AuthMode> effectiveSet();

    /** The machine cells that tried to allow a mode outside the ceiling, as {@code "<row>.<mode-wire>"}. */
    List<String> dropped();

    /** True for {@link Granted}. */
    default boolean granted() {
        return this instanceof Granted;
    }

    /**
     * Access granted.
     *
     * @param authMode     the picked mode; a member of {@code effectiveSet}
     * @param host         the pinned serving host; {@code null} = none pinned
     * @param model        the model to use (the pinned one, else the requested one)
     * @param effectiveSet the effective set, ceiling order, no duplicates, not empty
     * @param dropped      the dropped cells
     */
    record Granted(
            AuthMode authMode,
            @Nullable String host,
            String model,
            List<AuthMode> effectiveSet,
            List<String> dropped) implements AccessDecision {

        public Granted {
            Objects.requireNonNull(authMode, "authMode");
            if (host != null) {
                AccessRequest.requireNonBlank(host, "host");
            }
            AccessRequest.requireNonBlank(model, "model");
            effectiveSet = distinct(effectiveSet);
            dropped = List.copyOf(dropped);
            if (!effectiveSet.contains(authMode)) {
                throw new ProviderException.ContractViolation(
                        ProviderException.ViolationCode.INVALID_VALUE, "authMode");
            }
        }

        /** The pinned serving host, when there is one. */
        public Optional<String> pinnedHost() {
            return Optional.ofNullable(host);
        }
    }

    /**
     * Access denied: under the §3.5 rules the effective set is empty. The caller refuses the work (NACK) and
     * delivers no credential.
     *
     * @param effectiveSet the effective set (empty under the §3.5 rules), no duplicates
     * @param dropped      the dropped cells
     */
    record Denied(List<AuthMode> effectiveSet, List<String> dropped) implements AccessDecision {

        public Denied {
            effectiveSet = distinct(effectiveSet);
            dropped = List.copyOf(dropped);
        }
    }

    private static List<AuthMode> distinct(List<AuthMode> modes) {
        List<AuthMode> copy = List.copyOf(modes);
        Set<AuthMode> seen = EnumSet.noneOf(AuthMode.class);
        for (AuthMode mode : copy) {
            if (!seen.add(mode)) {
                throw new ProviderException.ContractViolation(
                        ProviderException.ViolationCode.INVALID_VALUE, "effectiveSet");
            }
        }
        return copy;
    }
}
