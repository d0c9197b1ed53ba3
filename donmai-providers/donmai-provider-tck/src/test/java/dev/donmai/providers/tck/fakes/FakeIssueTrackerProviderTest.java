package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.issues.WebhookDelivery;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.IssueTrackerProviderContractTest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

class FakeIssueTrackerProviderTest extends IssueTrackerProviderContractTest<FakeIssueTrackerProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeIssueTrackerProviderFactory();
    }

    @Override
    protected Optional<WebhookDelivery> acceptedDelivery() {
        String body = "1 closed";
        return Optional.of(new WebhookDelivery(Map.of(FakeIssueTrackerProvider.SIGNATURE_HEADER, Secret.of(
                FakeIssueTrackerProvider.sign(FakeIssueTrackerProvider.DEFAULT_WEBHOOK_SECRET, body))), body,
                Instant.EPOCH));
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
