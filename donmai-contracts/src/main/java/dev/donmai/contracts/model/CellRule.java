package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.Nullable;
import java.util.Optional;

/**
 * One cell of an {@link AccessBlock}: whether the machine allows a mode for a row and, when it is picked, which
 * serving host and model it pins.
 *
 * @param allowed {@code false} removes the mode from the effective set; {@code true} keeps it (it never adds a mode
 *                outside the ceiling)
 * @param host    the serving host to pin (an open value such as {@code oauth-cli} or {@code vertex}); {@code null}
 *                = none; non-blank when present
 * @param model   the model to pin instead of the requested one; {@code null} = keep the request's; non-blank when
 *                present
 */
public record CellRule(boolean allowed, @Nullable String host, @Nullable String model) {

    public CellRule {
        if (host != null) {
            AccessRequest.requireNonBlank(host, "host");
        }
        if (model != null) {
            AccessRequest.requireNonBlank(model, "model");
        }
    }

    /** An allowing cell that pins nothing. */
    public static CellRule allow() {
        return new CellRule(true, null, null);
    }

    /** A denying cell. */
    public static CellRule deny() {
        return new CellRule(false, null, null);
    }

    /** An allowing cell that pins a host and/or a model. */
    public static CellRule pin(@Nullable String host, @Nullable String model) {
        return new CellRule(true, host, model);
    }

    /** The pinned serving host, when there is one. */
    public Optional<String> pinnedHost() {
        return Optional.ofNullable(host);
    }

    /** The pinned model, when there is one. */
    public Optional<String> pinnedModel() {
        return Optional.ofNullable(model);
    }
}
