package dev.donmai.providers.git;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The linked-worktree commands of sessions.md §13, each run against a mirror or inside a worktree. Worktrees are
 * always created detached; only {@link #switchTo} puts one on a branch.
 */
final class Worktrees {

    /**
     * Untracked build output a returned workarea loses even when ignored (sessions.md §13), besides {@code .agent/}.
     * Ignored files elsewhere (e.g. {@code node_modules}) stay: keeping them is what makes a warm member warm.
     */
    static final List<String> BUILD_DIRS = List.of(".agent", ".next", ".turbo", "node_modules/.cache", "dist",
            "coverage");

    private Worktrees() {
    }

    /** {@code git worktree add --detach <path> <commit>} from the mirror. */
    static void addDetached(GitRunner git, Path mirror, Path path, String commit) {
        git.require("worktree-add-failed", mirror, "worktree", "add", "--detach", "--quiet", path.toString(), commit);
    }

    /** {@code git worktree move <from> <to>} from the mirror; {@code to} must not exist, its parent must. */
    static void move(GitRunner git, Path mirror, Path from, Path to) {
        git.require("worktree-move-failed", mirror, "worktree", "move", from.toString(), to.toString());
    }

    /** {@code git switch -C <branch>}: the branch now points at HEAD, whatever it pointed at before. */
    static void switchTo(GitRunner git, Path path, String branch) {
        git.require("branch-switch-failed", path, "switch", "--quiet", "--no-guess", "-C", branch);
    }

    /** {@code git checkout --detach --force <commit>}: HEAD detached at {@code commit}, tracked files reset. */
    static void detachAt(GitRunner git, Path path, String commit) {
        git.require("checkout-failed", path, "checkout", "--quiet", "--detach", "--force", commit);
    }

    /**
     * Makes a returned workarea look fresh (sessions.md §13 return-to-pool): detached at {@code commit},
     * {@code reset --hard}, {@code clean -ffd} (ignored files kept), then untracked and ignored files under
     * {@link #BUILD_DIRS} removed. Tracked files under those names are left alone.
     */
    static void scrub(GitRunner git, Path path, String commit) {
        detachAt(git, path, commit);
        git.require("reset-failed", path, "reset", "--hard", "--quiet");
        git.require("clean-failed", path, "clean", "-ffd", "--quiet");
        List<String> args = new ArrayList<>(List.of("clean", "-ffdx", "--quiet", "--"));
        args.addAll(BUILD_DIRS);
        git.require("clean-failed", path, args);
    }

    /**
     * Removes the worktree at {@code path} and whatever is left of it: {@code git worktree remove --force --force}
     * (twice: a locked, archived worktree goes too), then the directory if git left it, then
     * {@code git worktree prune}. Never throws for what is already gone.
     */
    static void destroy(GitRunner git, Path mirror, Path path) {
        if (mirror != null && Files.isDirectory(mirror)) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                git.tryRun(mirror, "worktree", "remove", "--force", "--force", path.toString());
            }
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.deleteTree(path);
        }
        if (mirror != null && Files.isDirectory(mirror)) {
            git.tryRun(mirror, "worktree", "prune");
        }
    }

    /** The mirror (common git directory) of the worktree at {@code path}, if git can tell. */
    static Path mirrorOf(GitRunner git, Path path) {
        var result = git.run(path, "rev-parse", "--path-format=absolute", "--git-common-dir");
        if (!result.ok() || result.out().isEmpty()) {
            return null;
        }
        return Path.of(result.out());
    }
}
