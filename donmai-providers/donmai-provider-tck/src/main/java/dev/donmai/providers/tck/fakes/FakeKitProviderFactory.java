package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.kit.KitCapabilities;
import dev.donmai.contracts.kit.KitOrder;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Set;

/** Creates {@link FakeKitProvider}s; takes no configuration. */
public final class FakeKitProviderFactory implements ProviderFactory {

    /** A foundation kit for Linux and macOS on x86-64 and ARM64; detection reads files only. */
    public static final KitCapabilities CAPABILITIES = new KitCapabilities(Set.of(Os.LINUX, Os.MACOS),
            Set.of(Arch.X86_64, Arch.ARM64), KitOrder.FOUNDATION, 10, false);

    /** The fake's manifest. */
    public static final ProviderManifest<KitCapabilities> MANIFEST = ProviderManifest
            .builder("fake-maven-kit", "0.1.0", CAPABILITIES)
            .name("Fake Maven kit")
            .description("Applies to trees with a pom.xml; contributes a test command.")
            .factory(FakeKitProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<KitCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public FakeKitProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of());
        return new FakeKitProvider(MANIFEST, config.scope());
    }
}
