package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.issues.IssueTrackerCapabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.Secret;
import java.util.List;

/** Creates {@link FakeIssueTrackerProvider}s; secret {@code webhookSecret} (optional). */
public final class FakeIssueTrackerProviderFactory implements ProviderFactory {

    /** Webhooks, comments and status transitions. */
    public static final IssueTrackerCapabilities CAPABILITIES = new IssueTrackerCapabilities(true, true, true);

    /** The fake's manifest. */
    public static final ProviderManifest<IssueTrackerCapabilities> MANIFEST = ProviderManifest
            .builder("fake-issues", "0.1.0", CAPABILITIES)
            .name("Fake issue tracker")
            .description("Three seeded issues in memory; signed webhooks.")
            .factory(FakeIssueTrackerProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<IssueTrackerCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeIssueTrackerProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of("webhookSecret"));
        return new FakeIssueTrackerProvider(MANIFEST, config.scope(),
                config.secret("webhookSecret").orElse(Secret.of(FakeIssueTrackerProvider.DEFAULT_WEBHOOK_SECRET)));
    }
}
