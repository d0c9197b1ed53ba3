package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.kit.KitCapabilities;
import dev.donmai.contracts.kit.KitContext;
import dev.donmai.contracts.kit.KitContribution;
import dev.donmai.contracts.kit.KitDetection;
import dev.donmai.contracts.kit.KitProvider;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A kit that applies to trees with a {@code pom.xml} at the root and contributes {@code mvn -B test}. */
public final class FakeKitProvider extends FakeProvider<KitCapabilities> implements KitProvider {

    FakeKitProvider(ProviderManifest<KitCapabilities> manifest, ProviderScope scope) {
        super(manifest, scope);
    }

    @Override
    public KitDetection detect(Path root, Os os, Arch arch, Duration timeout) {
        enter("detect");
        if (!capabilities().appliesTo(os, arch)) {
            return KitDetection.notApplicable("platform " + os.wire() + "/" + arch.wire() + " not supported");
        }
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            return KitDetection.notApplicable("no pom.xml");
        }
        return new KitDetection(true, 0.9, "pom.xml at the root", Map.of("java", "17"));
    }

    @Override
    public KitContribution provide(KitContext context, Duration timeout) {
        enter("provide");
        if (!context.detection().applies()) {
            return KitContribution.EMPTY;
        }
        return new KitContribution(Map.of("test", "mvn -B test"), List.of("This is a Maven project; run the tests "
                + "with `mvn -B test`."), List.of(), List.of(), List.of("Bash(mvn:*)"));
    }
}
