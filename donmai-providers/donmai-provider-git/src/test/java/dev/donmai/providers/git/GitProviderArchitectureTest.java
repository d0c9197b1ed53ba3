package dev.donmai.providers.git;

import dev.donmai.providers.tck.ProviderArchitectureRules;
import org.junit.jupiter.api.Test;

/** boundary.md A4 and A5 on this module's production classes. */
class GitProviderArchitectureTest {

    @Test
    void onlyContractsAndRuntimeSpiAndNoOtherProvider() {
        ProviderArchitectureRules.check("dev.donmai.providers.git");
    }
}
