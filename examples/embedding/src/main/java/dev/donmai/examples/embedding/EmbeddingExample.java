package dev.donmai.examples.embedding;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.runtime.api.DonmaiConfig;
import dev.donmai.runtime.api.DonmaiModule;
import dev.donmai.runtime.api.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a runtime from code and prints the providers it discovered, one per line as
 * {@code <family>  <id>  <version>  <scope level>}.
 *
 * <p>Usage: {@code EmbeddingExample [stateHome]}; without an argument a temporary state home is used. Everything the
 * runtime needs comes from the {@link DonmaiConfig} built here: the library itself reads no environment variable.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws IOException {
        Path stateHome = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("donmai-embedding");
        for (String line : describeProviders(stateHome)) {
            System.out.println(line);
        }
    }

    /** Composes the runtime for {@code stateHome}, lists its providers and closes it again. */
    public static List<String> describeProviders(Path stateHome) {
        Injector injector = Guice.createInjector(new DonmaiModule(DonmaiConfig.of(stateHome)));
        try (ProviderRegistry registry = injector.getInstance(ProviderRegistry.class)) {
            return registry.providers().stream().map(EmbeddingExample::describe).toList();
        }
    }

    private static String describe(ProviderRef ref) {
        return String.join("  ", ref.family().wire(), ref.id(), ref.version(), ref.level().wire());
    }
}
