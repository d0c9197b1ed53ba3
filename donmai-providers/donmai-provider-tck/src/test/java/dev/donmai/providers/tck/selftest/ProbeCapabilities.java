package dev.donmai.providers.tck.selftest;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Map;
import java.util.Set;

/** Capabilities of the probe: one flag with a facet, a limit, a set and a fact flag, one of each order. */
public record ProbeCapabilities(boolean supportsEcho, @Nullable Integer maxEchoes, Set<String> regions,
        boolean isRemote) implements Capabilities {

    public static final Map<String, String> LABELS = Map.of(
            "supportsEcho", "Echo facet",
            "maxEchoes", "Maximum echoes",
            "regions", "Regions",
            "isRemote", "Remote");

    public ProbeCapabilities {
        regions = Set.copyOf(regions);
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.SANDBOX;
    }
}
