package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The bare mirrors under {@code cache/<repoKey>.git} (sessions.md §13): created with {@code git clone --bare}, then
 * set to fetch {@code +refs/heads/*:refs/remotes/origin/*} and {@code +refs/tags/*:refs/tags/*} (so the local
 * {@code agent/*} branches in {@code refs/heads/} survive every fetch), {@code gc.auto=0}, and {@code /.agent/} in
 * {@code info/exclude}. Branches resolve through {@code refs/remotes/origin/<ref>}, never the clone's stale
 * {@code refs/heads/*}.
 *
 * <p>A mirror is fetched before a ref is resolved when its last fetch is older than the fetch interval, when the ref
 * is unknown, or — for a local source, where asking is cheap — when the source's ref no longer points where the
 * mirror's does (so a commit made a second ago is never missed). A fetch that is due only by the interval and fails
 * is logged and the cached ref used: a remote that is briefly down does not fail sessions it has nothing new for. A new mirror is cloned into a temporary directory
 * and renamed into place, so a failed clone leaves nothing behind. One lock per mirror serialises its clone and
 * fetches; other commands run concurrently.
 */
final class MirrorCache {

    static final String FETCH_HEADS = "+refs/heads/*:refs/remotes/origin/*";
    static final String FETCH_TAGS = "+refs/tags/*:refs/tags/*";
    static final String EXCLUDE_LINE = "/.agent/";

    private static final Pattern HEX = Pattern.compile("^[0-9a-fA-F]{7,64}$");

    private final StateLayout layout;
    private final Clock clock;
    private final Duration fetchInterval;
    private final System.Logger logger;
    private final KeyedLocks<String> locks = new KeyedLocks<>();
    private final Map<String, Instant> lastFetch = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastUsed = new ConcurrentHashMap<>();

    MirrorCache(StateLayout layout, Clock clock, Duration fetchInterval, System.Logger logger) {
        this.layout = layout;
        this.clock = clock;
        this.fetchInterval = fetchInterval;
        this.logger = logger;
    }

    /** The mirror of {@code repo}, cloned first when missing. */
    Path ensure(GitRunner git, RepositoryLocation repo) {
        String key = repo.repoKey();
        Path mirror = layout.mirror(key);
        lastUsed.put(key, clock.instant());
        if (Files.isRegularFile(mirror.resolve("HEAD"))) {
            return mirror;
        }
        try (KeyedLocks.Held held = locks.lock(key, git.deadline())) {
            if (!Files.isRegularFile(mirror.resolve("HEAD"))) {
                create(git, repo, mirror);
                lastFetch.put(key, clock.instant());
            }
        }
        return mirror;
    }

    /**
     * The commit {@code ref} names in {@code repo}: a branch (via {@code refs/remotes/origin/<ref>}), a tag, a full
     * ref, {@code HEAD} (the remote's default branch) or a commit id.
     *
     * @throws ProviderException.OperationFailed code {@code unknown-ref} when it names nothing even after a fetch
     */
    String resolve(GitRunner git, RepositoryLocation repo, Path mirror, String ref) {
        List<String> candidates = candidates(ref);
        Optional<String> commit = lookup(git, mirror, candidates);
        if (commit.isEmpty() || sourceMoved(git, repo, ref, commit.get())) {
            fetch(git, repo, mirror);
            commit = lookup(git, mirror, candidates);
        } else if (fetchDue(repo)) {
            try {
                fetch(git, repo, mirror);
                commit = lookup(git, mirror, candidates);
            } catch (ProviderException.OperationFailed e) {
                // The ref is known: a remote that is down for a moment must not fail the session. The fetch is
                // tried again on the next acquire (the interval did not restart).
                logger.log(System.Logger.Level.WARNING, "fetching " + repo.canonical() + " failed, using the "
                        + "cached ref: " + e.getCause().getMessage());
            }
        }
        return commit.orElseThrow(() -> new ProviderException.OperationFailed(git.verb(), "unknown-ref", false));
    }

    /** Fetches now, whatever the interval. */
    void fetch(GitRunner git, RepositoryLocation repo, Path mirror) {
        try (KeyedLocks.Held held = locks.lock(repo.repoKey(), git.deadline())) {
            git.require("fetch-failed", mirror, "fetch", "--prune", "--quiet", "origin");
            lastFetch.put(repo.repoKey(), clock.instant());
        }
    }

    /** When the mirror of {@code repoKey} was last used by an acquire (this process), if it was. */
    Optional<Instant> lastUsed(String repoKey) {
        return Optional.ofNullable(lastUsed.get(repoKey));
    }

    /** The bytes the mirror's objects take ({@code git count-objects -v}: loose, packed and garbage). */
    long diskUsage(GitRunner git, Path mirror) {
        String out = git.require("count-objects-failed", mirror, "count-objects", "-v");
        long kib = 0;
        for (String line : out.split("\n")) {
            String[] parts = line.split(":\\s*", 2);
            if (parts.length == 2 && List.of("size", "size-pack", "size-garbage").contains(parts[0])) {
                kib += Long.parseLong(parts[1].strip());
            }
        }
        return kib * 1024;
    }

    /**
     * Deletes the mirror of {@code repoKey} when no worktree (acquired, pooled or archived) still uses it.
     *
     * @return true when it was deleted
     */
    boolean evictIfUnused(GitRunner git, String repoKey) {
        Path mirror = layout.mirror(repoKey);
        try (KeyedLocks.Held held = locks.lock(repoKey, git.deadline())) {
            if (!Files.isDirectory(mirror)) {
                return false;
            }
            git.tryRun(mirror, "worktree", "prune");
            String list = git.require("worktree-list-failed", mirror, "worktree", "list", "--porcelain");
            long worktrees = list.lines().filter(l -> l.startsWith("worktree ")).count();
            if (worktrees > 1) {
                return false;
            }
            FileTrees.deleteTree(mirror);
            lastFetch.remove(repoKey);
            lastUsed.remove(repoKey);
            return true;
        }
    }

    private void create(GitRunner git, RepositoryLocation repo, Path mirror) {
        Path tmp = mirror.resolveSibling(mirror.getFileName() + ".tmp-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(mirror.getParent());
            var clone = git.run(mirror.getParent(), "clone", "--bare", "--quiet", "--", repo.fetchUrl(),
                    tmp.toString());
            if (!clone.ok()) {
                // A missing local repository never appears by retrying; a network remote may come back.
                throw new ProviderException.OperationFailed(git.verb(), "repository-unavailable", !repo.isLocal(),
                        dev.donmai.runtime.spi.git.GitException.failed("clone", clone.exitCode(), clone.stderr()));
            }
            git.require("mirror-setup-failed", tmp, "config", "--replace-all", "remote.origin.fetch", FETCH_HEADS);
            git.require("mirror-setup-failed", tmp, "config", "--add", "remote.origin.fetch", FETCH_TAGS);
            git.require("mirror-setup-failed", tmp, "config", "gc.auto", "0");
            Path exclude = tmp.resolve("info").resolve("exclude");
            Files.createDirectories(exclude.getParent());
            Files.writeString(exclude, "\n" + EXCLUDE_LINE + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            git.require("fetch-failed", tmp, "fetch", "--prune", "--quiet", "origin");
            rememberRemoteHead(git, tmp);
            moveIntoPlace(tmp, mirror);
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, new UncheckedIOException(e));
        } finally {
            if (Files.exists(tmp)) {
                FileTrees.deleteTree(tmp);
            }
        }
    }

    /** Points {@code refs/remotes/origin/HEAD} at the remote's default branch, which the bare clone's HEAD names. */
    private static void rememberRemoteHead(GitRunner git, Path mirror) {
        var head = git.run(mirror, "symbolic-ref", "--quiet", "HEAD");
        if (head.ok() && head.out().startsWith("refs/heads/")) {
            String branch = head.out().substring("refs/heads/".length());
            git.tryRun(mirror, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/" + branch);
        }
    }

    private static void moveIntoPlace(Path tmp, Path mirror) throws IOException {
        try {
            Files.move(tmp, mirror, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, mirror);
        }
    }

    private boolean fetchDue(RepositoryLocation repo) {
        Instant last = lastFetch.get(repo.repoKey());
        return last == null || !clock.instant().isBefore(last.plus(fetchInterval));
    }

    /** For a local source: does the source's ref point elsewhere than the mirror's copy of it? */
    private static boolean sourceMoved(GitRunner git, RepositoryLocation repo, String ref, String mirrorCommit) {
        if (!repo.isLocal() || HEX.matcher(ref).matches() && mirrorCommit.startsWith(ref.toLowerCase())) {
            return false;
        }
        if (!Files.isDirectory(repo.localPath())) {
            return true; // gone: the fetch that follows reports it
        }
        for (String candidate : sourceCandidates(ref)) {
            var result = git.run(repo.localPath(), "rev-parse", "--verify", "--quiet", candidate + "^{commit}");
            if (result.ok()) {
                return !result.out().equals(mirrorCommit);
            }
        }
        return true;
    }

    private static Optional<String> lookup(GitRunner git, Path mirror, List<String> candidates) {
        for (String candidate : candidates) {
            var result = git.run(mirror, "rev-parse", "--verify", "--quiet", candidate + "^{commit}");
            if (result.ok() && !result.out().isEmpty()) {
                return Optional.of(result.out());
            }
        }
        return Optional.empty();
    }

    /** Where to look for {@code ref} in the mirror, in order. */
    static List<String> candidates(String ref) {
        List<String> out = new ArrayList<>();
        if (ref.equals("HEAD")) {
            out.add("refs/remotes/origin/HEAD");
        } else if (ref.startsWith("refs/heads/")) {
            out.add("refs/remotes/origin/" + ref.substring("refs/heads/".length()));
        } else if (ref.startsWith("refs/")) {
            out.add(ref);
        } else {
            out.add("refs/remotes/origin/" + ref);
            out.add("refs/tags/" + ref);
            if (HEX.matcher(ref).matches()) {
                out.add(ref.toLowerCase());
            }
        }
        return out;
    }

    private static List<String> sourceCandidates(String ref) {
        if (ref.equals("HEAD") || ref.startsWith("refs/")) {
            return List.of(ref);
        }
        return List.of("refs/heads/" + ref, "refs/tags/" + ref);
    }
}
