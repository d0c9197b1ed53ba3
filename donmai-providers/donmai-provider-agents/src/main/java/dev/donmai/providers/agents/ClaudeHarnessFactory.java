package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Set;

/**
 * Creates the {@code claude} harness ({@link ClaudeHarness}). Configuration ({@code harnesses.claude.*}):
 * {@code binary} (default {@code claude}), {@code args}, {@code enabled} (default true), {@code envPrefix} (default
 * {@code DONMAI}).
 */
public final class ClaudeHarnessFactory implements ProviderFactory {

    /** The manifest of every {@code claude} provider. */
    public static final ProviderManifest<HarnessCapabilities> MANIFEST = HarnessFactories.manifest(ClaudeHarness.ID,
            ClaudeHarness.CAPABILITIES, "Claude Code (claude -p, stream-json).",
            ClaudeHarnessFactory.class);

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public ClaudeHarness create(ProviderConfig config) {
        return new ClaudeHarness(MANIFEST, config.scope(),
                HarnessSettings.read(config, "claude", List.of(), true, Set.of()));
    }
}
