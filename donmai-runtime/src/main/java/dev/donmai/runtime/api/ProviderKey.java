package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Objects;

/** A provider's identity independent of version and scope: its family and id. */
public record ProviderKey(ProviderFamily family, String id) {

    public ProviderKey {
        Objects.requireNonNull(family, "family");
        Ids.requireProviderId(id, "id");
    }

    @Override
    public String toString() {
        return family.wire() + "/" + id;
    }
}
