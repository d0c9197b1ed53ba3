package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Set;

/**
 * Creates the {@code opencode} harness ({@link OpencodeHarness}). Configuration ({@code harnesses.opencode.*}):
 * {@code binary} (default {@code opencode}), {@code args}, {@code enabled} (default true), {@code envPrefix}.
 */
public final class OpencodeHarnessFactory implements ProviderFactory {

    /** The manifest of every {@code opencode} provider. */
    public static final ProviderManifest<HarnessCapabilities> MANIFEST = HarnessFactories.manifest(OpencodeHarness.ID,
            OpencodeHarness.CAPABILITIES, "opencode (opencode run --format json).",
            OpencodeHarnessFactory.class);

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public OpencodeHarness create(ProviderConfig config) {
        return new OpencodeHarness(MANIFEST, config.scope(),
                HarnessSettings.read(config, "opencode", List.of(), true, Set.of()));
    }
}
