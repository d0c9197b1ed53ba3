package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitExec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A bare mirror under {@code <home>/cache/} with one commit, and linked worktrees of it, made with the git CLI. */
final class GitFixture {

    static final Duration T = Duration.ofSeconds(30);
    static final GitExec GIT = new CliGitExec();

    final Path mirror;
    final String head;

    private GitFixture(Path mirror, String head) {
        this.mirror = mirror;
        this.head = head;
    }

    static GitFixture mirrorIn(Path home, Path scratch) {
        Path src = scratch.resolve("src");
        try {
            Files.createDirectories(src);
            git(src, "init", "--quiet", "--initial-branch=main");
            Files.writeString(src.resolve("README.md"), "# app\n");
            git(src, "add", "README.md");
            git(src, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "--quiet", "-m",
                    "first");
            Path mirror = home.resolve("cache").resolve("0123456789abcdef.git");
            Files.createDirectories(mirror.getParent());
            git(scratch, "clone", "--quiet", "--bare", src.toString(), mirror.toString());
            return new GitFixture(mirror, git(mirror, "rev-parse", "HEAD"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A linked worktree at {@code path} on a new branch {@code branch} (detached when null). */
    Path worktree(Path path, String branch) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(mirror, "worktree", "add", "--detach", "--quiet", path.toString(), head);
        if (branch != null) {
            git(path, "switch", "--quiet", "-c", branch);
        }
        return path;
    }

    /** The paths {@code git worktree list} names, the mirror excluded. */
    List<Path> worktrees() {
        List<Path> out = new ArrayList<>();
        for (String line : git(mirror, "worktree", "list", "--porcelain").split("\n")) {
            if (line.startsWith("worktree ") && !Path.of(line.substring(9)).equals(mirror)) {
                out.add(Path.of(line.substring(9)));
            }
        }
        return out;
    }

    /** The porcelain listing, for lock and branch checks. */
    String porcelain() {
        return git(mirror, "worktree", "list", "--porcelain");
    }

    static String git(Path cwd, String... args) {
        return GIT.run(cwd, List.of(args), T).requireOk(args[0]).out();
    }
}
