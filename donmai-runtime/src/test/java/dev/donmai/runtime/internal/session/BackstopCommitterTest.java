package dev.donmai.runtime.internal.session;

import static dev.donmai.runtime.fakes.session.TestGit.git;
import static dev.donmai.runtime.fakes.session.TestGit.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.vcs.Trailers;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.fakes.session.TestGit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import dev.donmai.runtime.spi.git.CliGitExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sessions.md §9 backstop rules on real repositories. */
class BackstopCommitterTest {

    @TempDir
    Path dir;

    private Path repo;
    private final BackstopCommitter backstop = new BackstopCommitter(new GitExecAdapter(new CliGitExec()),
            SessionEngineConfig.DEFAULT_BACKSTOP_EXCLUDES, "Donmai Agent", "agent@donmai.invalid");
    private final BackstopCommitter.Commit commit = new BackstopCommitter.Commit("s-1", "ENG-7", "claude-x", null);

    @BeforeEach
    void setUp() {
        repo = TestGit.repo(dir.resolve("repo"));
        git(repo, "switch", "-q", "-c", "agent/s-1");
    }

    @Test
    void aCleanTreeIsLeftAlone() {
        String head = git(repo, "rev-parse", "HEAD");

        assertThat(backstop.commit(repo, commit)).isEqualTo(new BackstopCommitter.NothingToCommit(true));
        assertThat(git(repo, "rev-parse", "HEAD")).isEqualTo(head);
    }

    @Test
    void leftoversAreCommittedWithMessageTrailersAndIdentity() {
        write(repo.resolve("src/new.txt"), "new");
        write(repo.resolve("README.md"), "changed");

        BackstopCommitter.Outcome outcome = backstop.commit(repo, commit);

        assertThat(outcome).isInstanceOf(BackstopCommitter.Committed.class);
        BackstopCommitter.Committed committed = (BackstopCommitter.Committed) outcome;
        assertThat(committed.files()).isEqualTo(2);
        assertThat(committed.clean()).isTrue();
        assertThat(committed.sha()).isEqualTo(git(repo, "rev-parse", "HEAD"));
        String message = git(repo, "log", "-1", "--format=%B");
        assertThat(message).startsWith("Backstop: s-1 (ENG-7)\n\n");
        assertThat(Trailers.valuesOf(message, Trailers.SESSION_ID)).containsExactly("s-1");
        assertThat(Trailers.valuesOf(message, Trailers.MODEL)).containsExactly("claude-x");
        assertThat(git(repo, "log", "-1", "--format=%an <%ae>|%cn <%ce>"))
                .isEqualTo("Donmai Agent <agent@donmai.invalid>|Donmai Agent <agent@donmai.invalid>");
        assertThat(git(repo, "symbolic-ref", "--short", "HEAD")).isEqualTo("agent/s-1");
    }

    @Test
    void agentDirAndExcludedFilesAreNeverCommitted() {
        write(repo.resolve(".agent/events.jsonl"), "{}");
        write(repo.resolve(".env"), "SECRET=1");
        write(repo.resolve("config/.env.local"), "X=1");
        write(repo.resolve("certs/server.pem"), "pem");
        write(repo.resolve("id.key"), "key");
        write(repo.resolve("logs/run.log"), "log");
        write(repo.resolve("kept.txt"), "kept");

        BackstopCommitter.Outcome outcome = backstop.commit(repo, commit);

        assertThat(outcome).isInstanceOf(BackstopCommitter.Committed.class);
        assertThat(((BackstopCommitter.Committed) outcome).clean()).isTrue();
        assertThat(git(repo, "show", "--name-only", "--format=", "HEAD")).isEqualTo("kept.txt");
        assertThat(git(repo, "status", "--porcelain", "-uall")).contains(".env", "server.pem", "run.log");
    }

    @Test
    void onlyExcludedLeftoversMeanNothingToCommit() {
        write(repo.resolve("debug.log"), "x");

        assertThat(backstop.commit(repo, commit)).isEqualTo(new BackstopCommitter.NothingToCommit(true));
    }

    @Test
    void moreThan200FilesAreUnstagedAndNothingIsCommitted() {
        String head = git(repo, "rev-parse", "HEAD");
        for (int i = 0; i < 201; i++) {
            write(repo.resolve("gen/f" + i + ".txt"), "x" + i);
        }

        BackstopCommitter.Outcome outcome = backstop.commit(repo, commit);

        assertThat(outcome).isEqualTo(new BackstopCommitter.TooManyFiles(201));
        assertThat(outcome.clean()).isFalse();
        assertThat(git(repo, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(git(repo, "diff", "--cached", "--name-only")).isEmpty();
    }

    @Test
    void exactly200FilesAreCommitted() {
        for (int i = 0; i < 200; i++) {
            write(repo.resolve("gen/f" + i + ".txt"), "x" + i);
        }

        assertThat(backstop.commit(repo, commit)).isInstanceOf(BackstopCommitter.Committed.class);
    }

    @Test
    void anUnbornBranchGetsItsFirstCommit() {
        Path empty = dir.resolve("empty");
        TestGit.write(empty.resolve("a.txt"), "a");
        git(empty, "init", "-q", "-b", "agent/s-1");
        write(empty.resolve(".env"), "X=1");

        BackstopCommitter.Outcome outcome = backstop.commit(empty,
                new BackstopCommitter.Commit("s-1", null, null, null));

        assertThat(outcome).isInstanceOf(BackstopCommitter.Committed.class);
        assertThat(git(empty, "log", "-1", "--format=%s")).isEqualTo("Backstop: s-1");
        assertThat(git(empty, "show", "--name-only", "--format=", "HEAD")).isEqualTo("a.txt");
    }

    @Test
    void excludeMatchingUsesNameAndPath() {
        BackstopCommitter custom = new BackstopCommitter(new GitExecAdapter(new CliGitExec()), List.of("build/**", "*.pem"),
                "a", "b");

        assertThat(custom.excluded(".agent/x")).isTrue();
        assertThat(custom.excluded("build/out/a.class")).isTrue();
        assertThat(custom.excluded("deep/dir/k.pem")).isTrue();
        assertThat(custom.excluded("src/Main.java")).isFalse();
    }
}
