package ai.rensei.cli.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.rensei.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextFileTest {

    @TempDir
    Path tmp;

    @Test
    void missingFileReadsAsEmpty() {
        assertThat(new ContextFile(tmp.resolve("rensei/config.json")).read()).isEqualTo(SavedContext.EMPTY);
    }

    @Test
    void savesReadBackAndKeepOtherKeys() throws IOException {
        Path file = tmp.resolve("rensei/config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"activeOrg\":\"acme\",\"auth\":{\"profile\":\"work\"},\"host\":{\"extra\":1}}");
        ContextFile context = new ContextFile(file);

        context.saveHostProjects(List.of("alpha", "beta"), Optional.of("alpha"));
        context.saveSatelliteProjects("partner-co", List.of("p1"));
        context.saveSatelliteProjects("other", List.of());

        SavedContext saved = context.read();
        assertThat(saved.activeOrg()).contains("acme");
        assertThat(saved.activeProject()).contains("alpha");
        assertThat(saved.hostProjects()).containsExactly("alpha", "beta");
        assertThat(saved.satellites()).isEqualTo(Map.of("partner-co", List.of("p1"), "other", List.of()));
        assertThat(Files.readString(file)).contains("\"profile\": \"work\"", "\"extra\": 1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        assertThat(context.removeSatellite("partner-co")).isTrue();
        assertThat(context.removeSatellite("partner-co")).isFalse();
        assertThat(context.read().satellites()).containsOnlyKeys("other");
    }

    @Test
    void aFileThatIsNotAJsonObjectIsAnError() throws IOException {
        Path file = Files.writeString(tmp.resolve("config.json"), "[1,2]");

        assertThatThrownBy(() -> new ContextFile(file).read()).isInstanceOf(CliException.class)
                .hasMessageContaining("is not a JSON object");
    }
}
