package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.KitProviderContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

class FakeKitProviderTest extends KitProviderContractTest<FakeKitProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeKitProviderFactory();
    }

    @Override
    protected void writeMatchingTree(Path root) {
        try {
            Files.writeString(root.resolve("pom.xml"), "<project/>\n");
            Files.createDirectories(root.resolve("src/main/java"));
            Files.writeString(root.resolve("src/main/java/App.java"), "class App {}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
