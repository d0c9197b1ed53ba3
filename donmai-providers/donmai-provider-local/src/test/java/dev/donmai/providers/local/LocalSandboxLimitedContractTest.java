package dev.donmai.providers.local;

import dev.donmai.contracts.provider.ProviderConfig;
import java.util.Map;

/**
 * The TCK again with a configured {@code maxConcurrent}: the limit changes neither the manifest nor the observed
 * capabilities, and capacity snapshots still report the declared (unknown) maximum.
 */
class LocalSandboxLimitedContractTest extends LocalSandboxProviderContractTest {

    @Override
    protected ProviderConfig config() {
        return ProviderConfig.of(Map.of("maxConcurrent", 4, "registrationUrl", "http://127.0.0.1:7799/"));
    }
}
