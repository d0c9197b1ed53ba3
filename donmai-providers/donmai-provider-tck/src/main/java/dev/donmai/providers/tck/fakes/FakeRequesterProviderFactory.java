package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.requester.RequesterCapabilities;
import java.util.List;
import java.util.Set;

/** Creates {@link FakeRequesterProvider}s; secret {@code bearer} (optional) is the one bearer it knows. */
public final class FakeRequesterProviderFactory implements ProviderFactory {

    /** Protocol {@code a2a}, two open requests at most, final responses only, signed requests required. */
    public static final RequesterCapabilities CAPABILITIES = new RequesterCapabilities(Set.of("a2a"), 2, false,
            true);

    /** The fake's manifest. */
    public static final ProviderManifest<RequesterCapabilities> MANIFEST = ProviderManifest
            .builder("fake-requester", "0.1.0", CAPABILITIES)
            .name("Fake requester")
            .description("Admits signed requests from one known bearer; fail-closed.")
            .factory(FakeRequesterProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<RequesterCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeRequesterProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of("bearer"));
        return new FakeRequesterProvider(MANIFEST, config.scope(),
                config.secret("bearer").orElse(Secret.of(FakeRequesterProvider.DEFAULT_BEARER)));
    }
}
