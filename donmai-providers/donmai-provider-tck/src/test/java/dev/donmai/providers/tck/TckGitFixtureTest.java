package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TckGitFixtureTest {

    @BeforeAll
    static void needsGit() {
        assumeTrue(TckGitFixture.gitAvailable(), "git is not installed");
    }

    @Test
    void sameOperationsGiveTheSameCommitIds() {
        try (TckGitFixture one = TckGitFixture.create(); TckGitFixture two = TckGitFixture.create()) {
            String a = one.initWithCommit("r", Map.of("README.md", "hi\n")).head();
            String b = two.initWithCommit("r", Map.of("README.md", "hi\n")).head();
            assertThat(a).matches("[0-9a-f]{40}").isEqualTo(b);
        }
    }

    @Test
    void commitsUseTheFixedIdentityAndAdvancingDates() {
        try (TckGitFixture git = TckGitFixture.create()) {
            TckGitRepo repo = git.initWithCommit("r", Map.of("a.txt", "1"));
            repo.commit("second", Map.of("a.txt", "2"));
            assertThat(repo.git("log", "-1", "--format=%an <%ae> %cn <%ce>"))
                    .isEqualTo("Donmai TCK <tck@donmai.invalid> Donmai TCK <tck@donmai.invalid>");
            assertThat(repo.git("log", "--format=%at")).isEqualTo("1700000002\n1700000001");
            assertThat(repo.currentBranch()).isEqualTo(TckGitFixture.DEFAULT_BRANCH);
        }
    }

    @Test
    void branchesAndCheckout() {
        try (TckGitFixture git = TckGitFixture.create()) {
            TckGitRepo repo = git.initWithCommit("r", Map.of("a.txt", "base"));
            String base = repo.head();
            repo.checkoutNewBranch("feature");
            String feature = repo.commit("feature work", Map.of("b.txt", "new"));
            repo.checkout("main");
            assertThat(repo.head()).isEqualTo(base);
            assertThat(repo.revParse("feature")).isEqualTo(feature);
            assertThat(repo.trackedFiles()).containsExactly("a.txt");
            repo.delete("a.txt").commitAll("remove");
            assertThat(repo.trackedFiles()).isEmpty();
        }
    }

    @Test
    void bareRemotePushAndClone() {
        try (TckGitFixture git = TckGitFixture.create()) {
            TckGitRepo remote = git.bare("remote.git");
            TckGitRepo work = git.initWithCommit("work", Map.of("src/App.java", "class App {}"));
            work.addRemote("origin", remote).push("origin", "main");
            assertThat(remote.isBare()).isTrue();
            assertThat(remote.revParse("main")).isEqualTo(work.head());
            TckGitRepo clone = git.cloneOf(remote, "clone");
            assertThat(clone.read("src/App.java")).isEqualTo("class App {}");
            assertThat(clone.head()).isEqualTo(work.head());
            assertThatThrownBy(() -> remote.write("x", "y")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void trailersAreParsed() {
        try (TckGitFixture git = TckGitFixture.create()) {
            TckGitRepo repo = git.initWithCommit("r", Map.of("a", "1"));
            repo.write("a", "2").commitAll("change\n\nbody\n\nCo-Authored-By: A <a@x>\nCo-Authored-By: B <b@x>\n"
                    + "X-Donmai-Session-Id: s-1\n");
            Map<String, List<String>> trailers = repo.trailers("HEAD");
            assertThat(trailers).containsEntry("Co-Authored-By", List.of("A <a@x>", "B <b@x>"))
                    .containsEntry("X-Donmai-Session-Id", List.of("s-1"));
            assertThat(repo.message("HEAD")).startsWith("change");
        }
    }

    @Test
    void failingCommandsReportStderrAndPathsCannotEscape() {
        try (TckGitFixture git = TckGitFixture.create()) {
            TckGitRepo repo = git.init("r");
            assertThatThrownBy(() -> repo.git("checkout", "no-such-branch"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-branch");
            assertThatThrownBy(() -> repo.write("../outside", "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void closeDeletesEverything() {
        Path root;
        try (TckGitFixture git = TckGitFixture.create()) {
            root = git.root();
            git.initWithCommit("r", Map.of("a", "1"));
        }
        assertThat(root).doesNotExist();
    }
}
