package dev.donmai.contracts.provider;

import java.util.Objects;

/** A kit a provider consumes, with the lowest version it works with. */
public record KitRequirement(String kitId, String minVersion) {
    public KitRequirement {
        Ids.requireId(kitId, "kitId");
        Objects.requireNonNull(minVersion, "minVersion");
    }
}
