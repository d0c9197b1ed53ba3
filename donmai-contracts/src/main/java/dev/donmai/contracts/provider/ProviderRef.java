package dev.donmai.contracts.provider;

import java.util.Objects;

/** Identifies one provider instance in events and errors. */
public record ProviderRef(ProviderFamily family, String id, String version, ScopeLevel level) {
    public ProviderRef {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(level, "level");
    }

    /** The reference of the provider described by {@code manifest} at {@code level}. */
    public static ProviderRef of(ProviderManifest<?> manifest, ScopeLevel level) {
        return new ProviderRef(manifest.family(), manifest.id(), manifest.version(), level);
    }

    @Override
    public String toString() {
        return family.wire() + "/" + id + "@" + version + " (" + level.wire() + ")";
    }
}
