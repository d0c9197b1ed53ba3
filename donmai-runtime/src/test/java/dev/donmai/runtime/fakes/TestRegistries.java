package dev.donmai.runtime.fakes;

import dev.donmai.runtime.api.RegistryConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Registry configurations for tests: a temp state home, a fixed clock, no provider directory. */
public final class TestRegistries {

    /** The instant every test clock shows. */
    public static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private TestRegistries() {
    }

    public static RegistryConfig.Builder config(Path stateHome) {
        return RegistryConfig.builder(stateHome)
                .providerDirectories(java.util.List.of())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
