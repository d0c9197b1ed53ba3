package dev.donmai.runtime.internal.session;

import static dev.donmai.runtime.fakes.session.TestGit.commitFile;
import static dev.donmai.runtime.fakes.session.TestGit.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.runtime.fakes.session.TestGit;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import dev.donmai.runtime.spi.git.CliGitExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sessions.md §9 push rules for a local repository. */
class BranchPusherTest {

    @TempDir
    Path dir;

    private Path user;
    private Path workarea;
    private String base;
    private final BranchPusher pusher = new BranchPusher(new GitExecAdapter(new CliGitExec()));

    @BeforeEach
    void setUp() {
        user = TestGit.repo(dir.resolve("user"));
        base = git(user, "rev-parse", "HEAD");
        git(dir, "clone", "-q", user.toString(), "wa");
        workarea = dir.resolve("wa");
        git(workarea, "switch", "-q", "-c", "agent/s-1");
    }

    @Test
    void theNewBranchIsPushedBackWithoutTouchingTheCheckedOutOne() {
        String work = commitFile(workarea, "w.txt", "w", "work");

        BranchPusher.Outcome outcome = pusher.push(workarea, user.toString(), "agent/s-1", base);

        assertThat(outcome).isInstanceOf(BranchPusher.Pushed.class);
        assertThat(git(user, "rev-parse", "refs/heads/agent/s-1")).isEqualTo(work);
        assertThat(git(user, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(git(user, "rev-parse", "main")).isEqualTo(base);
        assertThat(git(user, "status", "--porcelain")).isEmpty();
    }

    @Test
    void fileUrlsCountAsLocal() {
        commitFile(workarea, "w.txt", "w", "work");

        assertThat(pusher.push(workarea, user.toUri().toString(), "agent/s-1", base))
                .isInstanceOf(BranchPusher.Pushed.class);
    }

    @Test
    void nothingIsPushedWithoutNewCommits() {
        assertThat(pusher.push(workarea, user.toString(), "agent/s-1", base))
                .isEqualTo(new BranchPusher.Skipped("no-new-commits"));
        assertThat(TestGit.run(user, "rev-parse", "--verify", "-q", "refs/heads/agent/s-1").ok()).isFalse();
    }

    @Test
    void neverOntoTheBranchCheckedOutThere() {
        git(user, "switch", "-q", "-c", "agent/s-1");
        commitFile(workarea, "w.txt", "w", "work");

        BranchPusher.Outcome outcome = pusher.push(workarea, user.toString(), "agent/s-1", base);

        assertThat(outcome).isInstanceOf(BranchPusher.Failed.class);
        assertThat(((BranchPusher.Failed) outcome).warning()).startsWith("push-failed: agent/s-1 is checked out");
        assertThat(git(user, "rev-parse", "HEAD")).isEqualTo(base);
    }

    @Test
    void aDivergedBranchIsNotForced() {
        git(user, "branch", "agent/s-1");
        git(user, "switch", "-q", "agent/s-1");
        String theirs = commitFile(user, "theirs.txt", "t", "theirs");
        git(user, "switch", "-q", "main");
        commitFile(workarea, "w.txt", "w", "work");

        BranchPusher.Outcome outcome = pusher.push(workarea, user.toString(), "agent/s-1", base);

        assertThat(outcome).isInstanceOf(BranchPusher.Failed.class);
        assertThat(git(user, "rev-parse", "agent/s-1")).isEqualTo(theirs);
    }

    @Test
    void networkRemotesAndNoRepositoryAreSkipped() {
        commitFile(workarea, "w.txt", "w", "work");

        assertThat(pusher.push(workarea, "https://example.com/o/r.git", "agent/s-1", base))
                .isInstanceOf(BranchPusher.Skipped.class);
        assertThat(pusher.push(workarea, "git@example.com:o/r.git", "agent/s-1", base))
                .isInstanceOf(BranchPusher.Skipped.class);
        assertThat(pusher.push(workarea, null, "agent/s-1", base)).isEqualTo(new BranchPusher.Skipped("no-repository"));
    }
}
