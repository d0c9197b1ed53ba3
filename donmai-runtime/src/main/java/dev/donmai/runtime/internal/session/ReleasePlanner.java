package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.workarea.ReleaseMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Release by outcome (sessions.md §11): a {@code completed} session whose worktree is clean after the backstop goes
 * back to the pool when pooling is on and its key holds fewer than {@code maxReadyPerKey} ready members, else it is
 * destroyed; everything else (backstop aborted, failed, terminated, an engine-made empty repository) is archived.
 *
 * <p>The pool itself is the workarea provider's; the engine only keeps a ledger of the members it handed back and
 * took again in this process, which is exact for a single engine and a safe upper bound otherwise (the provider
 * may still destroy a member it cannot keep).
 */
final class ReleasePlanner {

    private final boolean poolEnabled;
    private final int maxReadyPerKey;
    private final Map<String, Integer> ready = new HashMap<>();

    ReleasePlanner(boolean poolEnabled, int maxReadyPerKey) {
        this.poolEnabled = poolEnabled;
        this.maxReadyPerKey = maxReadyPerKey;
    }

    /** The pool key of a workarea: canonical repository, ref, toolchain key. */
    static String poolKey(String repository, String ref, String toolchainKey) {
        return repository + "\u0000" + ref + "\u0000" + toolchainKey;
    }

    /**
     * The mode to request. An archive carries the attempt as its label: the contracts give a workarea no attempt,
     * and the archive directory is {@code workareas/<sessionId>-<attempt>} (D-023).
     */
    synchronized ReleaseMode plan(SessionState state, boolean cleanAfterBackstop, boolean archiveOnly,
            String poolKey, int attempt) {
        if (state != SessionState.COMPLETED || !cleanAfterBackstop || archiveOnly) {
            return archive(attempt);
        }
        if (poolEnabled && poolKey != null && ready.getOrDefault(poolKey, 0) < maxReadyPerKey) {
            return ReleaseMode.RETURN_TO_POOL;
        }
        return ReleaseMode.DESTROY;
    }

    /** {@code archive} labelled with the attempt. */
    static ReleaseMode archive(int attempt) {
        return new ReleaseMode.Archive(Integer.toString(attempt));
    }

    /** A member went back to the pool under {@code poolKey}. */
    synchronized void returned(String poolKey) {
        ready.merge(poolKey, 1, Integer::sum);
    }

    /** An acquire took a pool member of {@code poolKey}. */
    synchronized void taken(String poolKey) {
        ready.computeIfPresent(poolKey, (k, n) -> n <= 1 ? null : n - 1);
    }
}
