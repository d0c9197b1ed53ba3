package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.requester.RequesterRequest;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.RequesterProviderContractTest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

class FakeRequesterProviderTest extends RequesterProviderContractTest<FakeRequesterProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeRequesterProviderFactory();
    }

    @Override
    protected Optional<RequesterRequest> admissibleRequest(String requestId) {
        String body = "{\"prompt\":\"fix the build\"}";
        return Optional.of(new RequesterRequest(requestId, "a2a", Secret.of(FakeRequesterProvider.DEFAULT_BEARER),
                Map.of(), body, FakeRequesterProvider.sign(FakeRequesterProvider.DEFAULT_BEARER, body), Instant.EPOCH));
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
