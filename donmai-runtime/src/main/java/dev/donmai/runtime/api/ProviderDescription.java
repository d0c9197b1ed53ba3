package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import java.util.Objects;

/**
 * A loaded provider as an operator sees it ({@code GET /providers}): its reference, its manifest, and whether it is
 * active and in rotation. Reading it never activates anything.
 *
 * @param ref        family, id, version, scope level
 * @param manifest   the manifest it declared at load
 * @param active     whether it has been activated
 * @param inRotation whether resolution may pick it (an active provider that failed health checks is out)
 */
public record ProviderDescription(ProviderRef ref, ProviderManifest<?> manifest, boolean active, boolean inRotation) {

    public ProviderDescription {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(manifest, "manifest");
    }

    /** {@code ready} (loaded or in rotation) or {@code unavailable} (active but out of rotation). */
    public String status() {
        return !active || inRotation ? "ready" : "unavailable";
    }
}
