package ai.rensei.cli.host.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.rensei.cli.CliException;
import dev.donmai.runtime.api.daemon.config.ProjectRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectSetTest {

    @Test
    void valuesAreSplitTrimmedAndEmptiesDropped() {
        assertThat(ProjectSet.parse(List.of(" a, b ,,", "c=https://x/c"))).containsExactly(
                new ProjectRef("a", Optional.empty()), new ProjectRef("b", Optional.empty()),
                new ProjectRef("c", Optional.of("https://x/c")));
    }

    @Test
    void unionKeepsSavedOrderFirstDeduplicatesAndTakesANewRepository() {
        List<ProjectRef> union = ProjectSet.union(List.of("b", "a", "b"),
                ProjectSet.parse(List.of("a=https://x/a", "c", "a=https://x/other")));

        assertThat(union).containsExactly(new ProjectRef("b", Optional.empty()),
                new ProjectRef("a", Optional.of("https://x/a")), new ProjectRef("c", Optional.empty()));
    }

    @Test
    void aBlankIdIsAUsageError() {
        assertThatThrownBy(() -> ProjectSet.parse(List.of("=https://x/a")))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    }
}
