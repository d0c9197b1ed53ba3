package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Glob;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.vcs.Trailers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backstop commit (sessions.md §9): work is never left uncommitted. {@code git status --porcelain -uall}, then
 * {@code git add -A}; {@code .agent/} and the exclude globs are unstaged again; more than 200 staged files are all
 * unstaged (warning {@code backstop-too-many-files}, the workarea is archived instead); otherwise one commit on the
 * current branch, {@code Backstop: <sessionId> (<issueIdentifier or repository>)} with the session and model trailers,
 * under the configured identity. Hooks do not run and nothing is signed: the commit is the runtime's, not the agent's.
 */
final class BackstopCommitter {

    /** More staged files than this abort the backstop. */
    static final int MAX_FILES = 200;

    static final String TOO_MANY_FILES = "backstop-too-many-files";

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String AGENT_DIR = ".agent";

    /** What the backstop did. */
    sealed interface Outcome {
        /** True when the worktree holds nothing more to commit afterwards (release may pool or destroy it). */
        boolean clean();
    }

    /** Nothing committable was left. */
    record NothingToCommit(boolean clean) implements Outcome {
    }

    /** One commit holds what was left. */
    record Committed(String sha, int files, boolean clean) implements Outcome {
    }

    /** Too many files: nothing was committed; the workarea is archived. */
    record TooManyFiles(int files) implements Outcome {
        @Override
        public boolean clean() {
            return false;
        }
    }

    /** A git step failed: nothing (more) was committed; the workarea is archived. */
    record Failed(String reason) implements Outcome {
        @Override
        public boolean clean() {
            return false;
        }
    }

    /**
     * Who commits and how.
     *
     * @param sessionId the session
     * @param label     {@code issueIdentifier}, else the repository; null for neither
     * @param model     the model, for the {@code X-Donmai-Model} trailer
     * @param kitSet    the kit set, for {@code X-Donmai-Kit-Set}
     */
    record Commit(String sessionId, @Nullable String label, @Nullable String model, @Nullable String kitSet) {
    }

    private final SessionGit git;
    private final List<Glob> excludes;
    private final String authorName;
    private final String authorEmail;

    BackstopCommitter(SessionGit git, List<String> excludeGlobs, String authorName, String authorEmail) {
        this.git = git;
        this.excludes = excludeGlobs.stream().map(Glob::of).toList();
        this.authorName = authorName;
        this.authorEmail = authorEmail;
    }

    Outcome commit(Path workarea, Commit commit) {
        GitOutput status = git.run(workarea, List.of("status", "--porcelain", "-uall"), TIMEOUT);
        if (!status.ok()) {
            return new Failed("git status " + status.failure());
        }
        if (status.out().isEmpty()) {
            return new NothingToCommit(true);
        }
        boolean born = git.run(workarea, List.of("rev-parse", "-q", "--verify", "HEAD^{commit}"), TIMEOUT).ok();
        GitOutput add = git.run(workarea, List.of("add", "-A"), TIMEOUT);
        if (!add.ok()) {
            return new Failed("git add " + add.failure());
        }
        List<String> staged = staged(workarea);
        List<String> unwanted = staged.stream().filter(this::excluded).toList();
        if (!unwanted.isEmpty() && !unstage(workarea, born, unwanted)) {
            return new Failed("cannot unstage excluded files");
        }
        List<String> remaining = staged.stream().filter(p -> !excluded(p)).toList();
        if (remaining.size() > MAX_FILES) {
            unstage(workarea, born, remaining);
            return new TooManyFiles(remaining.size());
        }
        if (remaining.isEmpty()) {
            return new NothingToCommit(onlyExcludedLeft(workarea));
        }
        GitOutput committed = git.run(workarea, List.of("-c", "user.name=" + authorName, "-c",
                "user.email=" + authorEmail, "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m",
                message(commit)), identity(), TIMEOUT);
        if (!committed.ok()) {
            unstage(workarea, born, remaining);
            return new Failed("git commit " + committed.failure());
        }
        String sha = git.run(workarea, List.of("rev-parse", "HEAD"), TIMEOUT).out();
        return new Committed(sha, remaining.size(), onlyExcludedLeft(workarea));
    }

    /** The commit message: subject, blank line, trailers. */
    static String message(Commit commit) {
        String subject = "Backstop: " + commit.sessionId()
                + (commit.label() == null || commit.label().isBlank() ? "" : " (" + commit.label() + ")");
        List<Map.Entry<String, String>> trailers = new ArrayList<>();
        trailers.add(Map.entry(Trailers.SESSION_ID, commit.sessionId()));
        if (commit.model() != null && Trailers.isValidValue(commit.model())) {
            trailers.add(Map.entry(Trailers.MODEL, commit.model()));
        }
        if (commit.kitSet() != null && Trailers.isValidValue(commit.kitSet())) {
            trailers.add(Map.entry(Trailers.KIT_SET, commit.kitSet()));
        }
        return subject + "\n\n" + Trailers.format(trailers);
    }

    /** True for {@code .agent/…} and for a path whose name or whole path matches an exclude glob. */
    boolean excluded(String path) {
        if (path.equals(AGENT_DIR) || path.startsWith(AGENT_DIR + "/")) {
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return excludes.stream().anyMatch(glob -> glob.matches(name) || glob.matches(path));
    }

    private Map<String, String> identity() {
        return Map.of("GIT_AUTHOR_NAME", authorName, "GIT_AUTHOR_EMAIL", authorEmail,
                "GIT_COMMITTER_NAME", authorName, "GIT_COMMITTER_EMAIL", authorEmail);
    }

    private List<String> staged(Path workarea) {
        GitOutput out = git.run(workarea, List.of("diff", "--cached", "--name-only", "--no-renames", "-z"), TIMEOUT);
        List<String> paths = new ArrayList<>();
        for (String path : out.stdout().split("\0")) {
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** Unstages paths in batches; on an unborn branch {@code reset} has no HEAD to go back to, so the index is cut. */
    private boolean unstage(Path workarea, boolean born, List<String> paths) {
        boolean ok = true;
        for (int i = 0; i < paths.size(); i += 100) {
            List<String> args = new ArrayList<>(born ? List.of("reset", "-q", "--")
                    : List.of("rm", "-r", "-q", "--cached", "--ignore-unmatch", "--"));
            args.addAll(paths.subList(i, Math.min(paths.size(), i + 100)));
            ok &= git.run(workarea, args, TIMEOUT).ok();
        }
        return ok;
    }

    /** True when what is left uncommitted are only excluded paths (they are discarded on purpose). */
    private boolean onlyExcludedLeft(Path workarea) {
        GitOutput status = git.run(workarea, List.of("status", "--porcelain", "-uall", "-z", "--no-renames"),
                TIMEOUT);
        if (!status.ok()) {
            return false;
        }
        for (String entry : status.stdout().split("\0")) {
            if (entry.length() > 3 && !excluded(entry.substring(3))) {
                return false;
            }
        }
        return true;
    }
}
