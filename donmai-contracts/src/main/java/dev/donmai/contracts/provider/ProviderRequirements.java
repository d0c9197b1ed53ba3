package dev.donmai.contracts.provider;

import java.util.List;
import java.util.Objects;

/**
 * What a provider requires of its host: a semver range over the host version and the names of host capabilities.
 */
public record ProviderRequirements(String host, List<String> capabilities) {
    public ProviderRequirements {
        Objects.requireNonNull(host, "host");
        capabilities = List.copyOf(capabilities);
    }

    /** Requires any host version and no host capability. */
    public static ProviderRequirements any() {
        return new ProviderRequirements("*", List.of());
    }
}
