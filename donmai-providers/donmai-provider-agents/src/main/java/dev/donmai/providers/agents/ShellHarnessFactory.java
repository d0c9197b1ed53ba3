package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Set;

/**
 * Creates the {@code shell} harness ({@link ShellHarness}). Configuration ({@code harnesses.shell.*}):
 * {@code binary} (the shell for {@code harnessOptions.script}, default {@code /bin/sh}), {@code args} (unused),
 * {@code enabled} (default <b>false</b>), {@code envPrefix}.
 */
public final class ShellHarnessFactory implements ProviderFactory {

    /** The manifest of every {@code shell} provider. */
    public static final ProviderManifest<HarnessCapabilities> MANIFEST = HarnessFactories.manifest(ShellHarness.ID,
            ShellHarness.CAPABILITIES, "A command or shell script; stdout lines are the agent's messages.",
            ShellHarnessFactory.class);

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public ShellHarness create(ProviderConfig config) {
        return new ShellHarness(MANIFEST, config.scope(),
                HarnessSettings.read(config, "/bin/sh", List.of(), false, Set.of()));
    }
}
