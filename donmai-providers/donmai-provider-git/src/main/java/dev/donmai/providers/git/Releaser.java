package dev.donmai.providers.git;

import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The release modes of sessions.md §13. Every mode keeps branch {@code agent/<sessionId>} and its commits in the
 * mirror: destroy and return-to-pool remove or detach the worktree, never the branch.
 * <ul>
 *   <li>{@code destroy}: {@code git worktree remove --force} plus leftovers;</li>
 *   <li>{@code return-to-pool}: detach at the pool commit, {@code reset --hard}, {@code clean -ffd}, remove
 *       {@code .agent/} and untracked build dirs; a clean tree whose checksum is the key's becomes a new ready member,
 *       anything else (still dirty, another checksum, pool full or off, disk pressure) is destroyed and the outcome
 *       says why;</li>
 *   <li>{@code pause}: applied as return-to-pool with warning {@code pause-degraded} (no pause support);</li>
 *   <li>{@code archive}: see {@link Archiver}.</li>
 * </ul>
 * A workarea without a source (an empty repository, not a worktree) cannot join the pool: return-to-pool and pause
 * archive it instead (sessions.md §3 step 2: "released only as archive"), warning {@code no-repository}.
 */
final class Releaser {

    static final String PAUSE_DEGRADED = "pause-degraded";

    private final WorkareaPool pool;
    private final Archiver archiver;
    private final Clock clock;

    Releaser(WorkareaPool pool, Archiver archiver, Clock clock) {
        this.pool = pool;
        this.archiver = archiver;
        this.clock = clock;
    }

    /** The outcome and, for an archive, where it went. */
    record Released(ReleaseOutcome outcome, Optional<Path> archive) {
    }

    Released release(GitRunner git, LiveWorkarea live, ReleaseMode mode) {
        if (mode instanceof ReleaseMode.Archive archive) {
            return archived(git, live, mode, Archiver.attemptOf(archive), null);
        }
        if (mode instanceof ReleaseMode.Destroy) {
            destroy(git, live);
            return new Released(ReleaseOutcome.asRequested(mode), Optional.empty());
        }
        String degraded = mode instanceof ReleaseMode.Pause ? PAUSE_DEGRADED : null;
        if (live.standalone()) {
            return archived(git, live, mode, 1, join(degraded, "no-repository"));
        }
        Optional<String> notPooled = returnToPool(git, live);
        if (notPooled.isPresent()) {
            return new Released(new ReleaseOutcome(mode, ReleaseMode.DESTROY, join(degraded, notPooled.get())),
                    Optional.empty());
        }
        ReleaseOutcome outcome = degraded == null ? ReleaseOutcome.asRequested(mode)
                : new ReleaseOutcome(mode, ReleaseMode.RETURN_TO_POOL, degraded);
        return new Released(outcome, Optional.empty());
    }

    private Released archived(GitRunner git, LiveWorkarea live, ReleaseMode requested, int attempt, String warning) {
        Path dir = archiver.archive(git, live, attempt, clock.instant());
        ReleaseMode applied = requested instanceof ReleaseMode.Archive ? requested : new ReleaseMode.Archive();
        return new Released(new ReleaseOutcome(requested, applied, warning), Optional.of(dir));
    }

    private static void destroy(GitRunner git, LiveWorkarea live) {
        Worktrees.destroy(git, live.mirror(), live.path());
    }

    /** Empty when the workarea became a pool member; else why it was destroyed instead. */
    private Optional<String> returnToPool(GitRunner git, LiveWorkarea live) {
        Path path = live.path();
        if (!Files.isDirectory(path)) {
            return Optional.of("workarea-missing");
        }
        Optional<String> reason;
        try {
            Worktrees.scrub(git, path, live.baseCommit());
            Optional<String> measured = CleanState.measure(git, path, live.key().toolchainKey());
            if (measured.isEmpty()) {
                reason = Optional.of("dirty-after-clean");
            } else if (!measured.get().equals(live.checksum())) {
                reason = Optional.of("checksum-mismatch");
            } else {
                reason = pool.park(git, live.mirror(), path, live.key(), live.baseCommit(), live.checksum());
            }
        } catch (dev.donmai.contracts.provider.ProviderException.OperationFailed e) {
            reason = Optional.of("clean-failed");
        }
        if (reason.isPresent()) {
            destroy(git, live);
        }
        return reason;
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "," + second;
    }
}
