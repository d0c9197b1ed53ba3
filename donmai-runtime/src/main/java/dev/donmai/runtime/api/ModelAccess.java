package dev.donmai.runtime.api;

import dev.donmai.contracts.model.AccessDecision;
import dev.donmai.contracts.model.AccessRequest;
import dev.donmai.contracts.model.ModelAccessResolver;
import dev.donmai.runtime.internal.access.NarrowOnlyResolver;

/**
 * Entry point to the runtime's narrow-only model access gate (contracts.md §3.5).
 *
 * <pre>{@code
 * AccessDecision decision = ModelAccess.resolver().resolve(request);
 * }</pre>
 */
public final class ModelAccess {

    private ModelAccess() {
    }

    /** The runtime's resolver; stateless and thread-safe, so one instance serves every caller. */
    public static ModelAccessResolver resolver() {
        return NarrowOnlyResolver.INSTANCE;
    }

    /** Shorthand for {@code resolver().resolve(request)}. */
    public static AccessDecision resolve(AccessRequest request) {
        return resolver().resolve(request);
    }
}
