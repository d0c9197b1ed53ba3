package dev.donmai.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    @TempDir
    Path stateHome;

    @Test
    void listsTheProvidersFoundOnTheClassPathAndClosesCleanly() {
        List<String> lines = EmbeddingExample.describeProviders(stateHome);

        // The custom sandbox example is a runtime dependency of this module, discovered only through its
        // META-INF/services entry: nothing in this module names it.
        assertThat(lines).contains("sandbox  tempdir  1.0.0  global");
        assertThat(lines).allSatisfy(line -> assertThat(line.split("  ")).hasSize(4));
    }
}
