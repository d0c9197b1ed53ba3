package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.Set;

/**
 * Creates the {@code codex} harness ({@link CodexHarness}). Configuration ({@code harnesses.codex.*}):
 * {@code binary} (default {@code codex}), {@code args} (default {@code --full-auto}), {@code enabled} (default
 * true), {@code envPrefix}.
 */
public final class CodexHarnessFactory implements ProviderFactory {

    /** The manifest of every {@code codex} provider. */
    public static final ProviderManifest<HarnessCapabilities> MANIFEST = HarnessFactories.manifest(CodexHarness.ID,
            CodexHarness.CAPABILITIES, "OpenAI Codex CLI (codex exec --json).",
            CodexHarnessFactory.class);

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public CodexHarness create(ProviderConfig config) {
        return new CodexHarness(MANIFEST, config.scope(),
                HarnessSettings.read(config, "codex", CodexHarness.DEFAULT_ARGS, true, Set.of()));
    }
}
