package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code machine.*}: how the operator names this machine. The machine id proper is minted by the daemon (D15); this
 * {@code id} is a display name only.
 *
 * @param id     display name, {@code ^[A-Za-z0-9._-]{1,64}$}
 * @param region free-form region label
 */
public record Machine(Optional<String> id, Optional<String> region) {

    /** No name, no region. */
    public static final Machine NONE = new Machine(Optional.empty(), Optional.empty());

    public Machine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
    }
}
