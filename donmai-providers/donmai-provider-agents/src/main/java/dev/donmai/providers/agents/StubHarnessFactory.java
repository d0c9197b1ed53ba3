package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Set;

/**
 * Creates the {@code stub} harness ({@link StubHarness}). Configuration ({@code harnesses.stub.*}): {@code binary} (the
 * shell that runs the script, default {@code /bin/sh}), {@code args} (unused), {@code enabled} (default true),
 * {@code envPrefix} (also names the script, {@code <brand>-stub.sh}), {@code binDir} (where the script is extracted;
 * default: the provider's data directory).
 */
public final class StubHarnessFactory implements ProviderFactory {

    /** The manifest of every {@code stub} provider. */
    public static final ProviderManifest<HarnessCapabilities> MANIFEST = HarnessFactories.manifest(StubHarness.ID,
            StubHarness.CAPABILITIES, "Scripted behaviours for tests and demos; no model.",
            StubHarnessFactory.class);

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public StubHarness create(ProviderConfig config) {
        return new StubHarness(MANIFEST, config.scope(),
                HarnessSettings.read(config, "/bin/sh", List.of(), true, Set.of(HarnessSettings.BIN_DIR)));
    }
}
