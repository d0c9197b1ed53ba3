package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderEntry;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestChecksTest {

    record Good(boolean supportsA, int maxB) implements Capabilities {
        public static final Map<String, String> LABELS = Map.of("supportsA", "A", "maxB", "B");

        @Override
        public ProviderFamily family() {
            return ProviderFamily.KIT;
        }
    }

    record Unlabelled(boolean supportsA) implements Capabilities {
        public static final Map<String, String> LABELS = Map.of("supportsB", "B", "supportsA", " ");

        @Override
        public ProviderFamily family() {
            return ProviderFamily.KIT;
        }
    }

    static final class Factory implements ProviderFactory {
        @Override
        public ProviderManifest<?> manifest() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Provider<?> create(ProviderConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    private static final Set<String> V1 = Set.of(ProviderManifest.API_VERSION_V1);

    @Test
    void aGoodManifestHasNoProblem() {
        ProviderManifest<Good> m = ProviderManifest.builder("k", "1.0.0", new Good(true, 1)).factory(Factory.class)
                .build();
        assertThat(ManifestChecks.problems(m, Factory.class, V1)).isEmpty();
    }

    @Test
    void wrongEntryApiVersionAndLabelsAreReported() {
        ProviderManifest<Unlabelled> m = ProviderManifest.builder("k", "1.0.0", new Unlabelled(true))
                .apiVersion("example.org/v9").entry(new ProviderEntry.Static("com.example.Other")).build();
        List<String> problems = ManifestChecks.problems(m, Factory.class, V1);
        assertThat(problems).anyMatch(p -> p.startsWith("apiVersion"));
        assertThat(problems).anyMatch(p -> p.startsWith("entry names factory com.example.Other"));
        assertThat(problems).anyMatch(p -> p.contains("missing []") && p.contains("extra [supportsB]"));
        assertThat(problems).anyMatch(p -> p.startsWith("LABELS.supportsA"));
    }

    @Test
    void aRemoteEntryIsNotAClassPathFactory() {
        ProviderManifest<Good> m = ProviderManifest.builder("k", "1.0.0", new Good(true, 1))
                .entry(new ProviderEntry.Remote("https://example.org/a2a", "a2a")).build();
        assertThat(ManifestChecks.problems(m, Factory.class, V1)).anyMatch(p -> p.contains("Static entry"));
    }
}
