package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.VcsProviderContractTest;
import java.util.Map;
import java.util.Optional;

/** The TCK's VCS checks against the real git provider. */
class GitVcsProviderContractTest extends VcsProviderContractTest<GitVcsProvider> {

    @Override
    protected ProviderFactory factory() {
        return new GitVcsProviderFactory();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withConfig(
                ProviderConfig.of(Map.of("gitBinary", "/nonexistent/donmai-test/git"))));
    }
}
