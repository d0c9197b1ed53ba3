package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.WorkareaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The acquire steps of sessions.md §13:
 * <ol>
 *   <li>under the key's mutex, make sure the mirror exists;</li>
 *   <li>resolve the ref, fetching first when due;</li>
 *   <li>claim a ready member at that commit ({@code pool-warm}), else one at another commit ({@code pool-fresh}),
 *       else none ({@code cold}) — the mutex is released here, checkouts run outside it;</li>
 *   <li>bring the tree to {@code worktrees/<sessionId>} ({@code git worktree move}, or {@code worktree add} when
 *       cold) and {@code git switch -C agent/<sessionId>};</li>
 *   <li>verify it is clean and its checksum is the one expected for the commit; a member that fails is marked
 *       invalid, destroyed, and the acquire retried once as {@code cold}.</li>
 * </ol>
 * Any failure removes what the acquire created under {@code worktrees/}; the mirror stays (it is a cache).
 */
final class Acquirer {

    /** Identity of the one commit an empty repository gets (sessions.md §4 defaults), so it has a commit id. */
    static final String AGENT_NAME = "Donmai Agent";
    static final String AGENT_EMAIL = "agent@donmai.invalid";

    private final StateLayout layout;
    private final MirrorCache mirrors;
    private final WorkareaPool pool;

    Acquirer(StateLayout layout, MirrorCache mirrors, WorkareaPool pool) {
        this.layout = layout;
        this.mirrors = mirrors;
        this.pool = pool;
    }

    /** The result of steps 1–5, before it becomes a contracts {@code Workarea}. */
    record Acquired(LiveWorkarea live, String commit, AcquirePath path) {
    }

    Acquired acquire(GitRunner git, String workareaId, String sessionId, WorkareaSource source, String toolchainKey) {
        RepositoryLocation repo = RepositoryLocation.parse(source.repository());
        pool.remember(repo);
        PoolKey key = new PoolKey(repo.canonical(), source.ref(), toolchainKey);
        Path target = prepareTarget(git, sessionId);
        String branch = branchOf(sessionId);

        Path mirror;
        String commit;
        String expected;
        Optional<PoolMember> member;
        try (KeyedLocks.Held held = pool.lock(key, git.deadline())) {
            mirror = mirrors.ensure(git, repo);
            commit = mirrors.resolve(git, repo, mirror, source.ref());
            expected = CleanState.checksum(CleanState.treeOf(git, mirror, commit), toolchainKey);
            member = pool.claim(key, commit, sessionId);
        }
        LiveWorkarea live = new LiveWorkarea(workareaId, sessionId, target, branch, commit, expected, source.ref(),
                repo, key, mirror);
        if (member.isPresent()) {
            Optional<AcquirePath> served = fromMember(git, mirror, member.get(), target, branch, commit, expected);
            if (served.isPresent()) {
                return new Acquired(live, commit, served.get());
            }
        }
        cold(git, mirror, target, branch, commit, expected, toolchainKey);
        return new Acquired(live, commit, AcquirePath.COLD);
    }

    /** An empty repository on {@code agent/<sessionId>} with one empty commit: a workarea without a source. */
    Acquired acquireEmpty(GitRunner git, String workareaId, String sessionId, String toolchainKey) {
        Path target = prepareTarget(git, sessionId);
        String branch = branchOf(sessionId);
        try {
            Files.createDirectories(target);
            git.require("init-failed", target, "init", "--quiet", "--initial-branch=" + branch);
            Path exclude = target.resolve(".git").resolve("info").resolve("exclude");
            Files.createDirectories(exclude.getParent());
            Files.writeString(exclude, "\n" + MirrorCache.EXCLUDE_LINE + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            git.require("commit-failed", target, "-c", "user.name=" + AGENT_NAME, "-c", "user.email=" + AGENT_EMAIL,
                    "-c", "commit.gpgsign=false", "commit", "--quiet", "--allow-empty", "--no-verify", "-m",
                    "Empty workarea for " + sessionId);
            String commit = git.require("rev-parse-failed", target, "rev-parse", "HEAD");
            String checksum = CleanState.measure(git, target, toolchainKey)
                    .orElseThrow(() -> new ProviderException.OperationFailed(git.verb(), "unclean-checkout", false));
            LiveWorkarea live = new LiveWorkarea(workareaId, sessionId, target, branch, commit, checksum, "HEAD",
                    null, null, null);
            return new Acquired(live, commit, AcquirePath.COLD);
        } catch (IOException e) {
            FileTrees.deleteTree(target);
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            FileTrees.deleteTree(target);
            throw e;
        }
    }

    static String branchOf(String sessionId) {
        return "agent/" + sessionId;
    }

    /** Step 4–5 from a claimed member; empty when the member failed verification and was destroyed. */
    private Optional<AcquirePath> fromMember(GitRunner git, Path mirror, PoolMember member, Path target,
            String branch, String commit, String expected) {
        Path at = member.path();
        try {
            AcquirePath path = member.commit().equals(commit) ? AcquirePath.POOL_WARM : AcquirePath.POOL_FRESH;
            if (path == AcquirePath.POOL_FRESH) {
                Worktrees.detachAt(git, at, commit);
            }
            Worktrees.move(git, mirror, at, target);
            at = target;
            Worktrees.switchTo(git, target, branch);
            boolean valid = (path == AcquirePath.POOL_FRESH || member.cleanStateChecksum().equals(expected))
                    && CleanState.measure(git, target, member.key().toolchainKey()).filter(expected::equals)
                            .isPresent();
            if (valid) {
                pool.consumed(member);
                return Optional.of(path);
            }
            pool.invalidate(git, member, mirror, target);
            return Optional.empty();
        } catch (ProviderException.Cancelled | ProviderException.Timeout e) {
            pool.invalidate(git, member, mirror, at);
            throw e;
        } catch (RuntimeException e) {
            // A member that cannot be checked out or moved is broken; the cold path still may work.
            pool.invalidate(git, member, mirror, at);
            return Optional.empty();
        }
    }

    private static void cold(GitRunner git, Path mirror, Path target, String branch, String commit, String expected,
            String toolchainKey) {
        try {
            Worktrees.addDetached(git, mirror, target, commit);
            Worktrees.switchTo(git, target, branch);
            Optional<String> measured = CleanState.measure(git, target, toolchainKey);
            if (measured.isEmpty() || !measured.get().equals(expected)) {
                throw new ProviderException.OperationFailed(git.verb(), "unclean-checkout", false);
            }
        } catch (RuntimeException e) {
            Worktrees.destroy(git, mirror, target);
            throw e;
        }
    }

    private Path prepareTarget(GitRunner git, String sessionId) {
        Path target = layout.worktree(sessionId);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // An earlier attempt's tree is archived (moved away) before a new attempt; one still here is live.
            throw new ProviderException.OperationFailed(git.verb(), "workarea-exists", false);
        }
        try {
            Files.createDirectories(layout.worktrees());
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, new UncheckedIOException(e));
        }
        return target;
    }
}
