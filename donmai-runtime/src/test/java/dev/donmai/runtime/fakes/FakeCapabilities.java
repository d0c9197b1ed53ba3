package dev.donmai.runtime.fakes;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Set;

/** A test capability record with one component of each compared kind. */
public record FakeCapabilities(ProviderFamily family, boolean fast, int slots, Set<String> regions)
        implements Capabilities {

    public FakeCapabilities {
        regions = Set.copyOf(regions);
    }

    /** Sandbox capabilities: fast, 4 slots, regions eu and us. */
    public static FakeCapabilities sandbox() {
        return new FakeCapabilities(ProviderFamily.SANDBOX, true, 4, Set.of("eu", "us"));
    }

    public FakeCapabilities withFast(boolean value) {
        return new FakeCapabilities(family, value, slots, regions);
    }

    public FakeCapabilities withSlots(int value) {
        return new FakeCapabilities(family, fast, value, regions);
    }

    public FakeCapabilities withRegions(String... value) {
        return new FakeCapabilities(family, fast, slots, Set.of(value));
    }
}
