package dev.donmai.providers.git;

import java.nio.file.Path;

/**
 * Where the workarea provider keeps things under the state home (sessions.md §13):
 * {@code cache/<repoKey>.git} (bare mirrors), {@code cache/pool/<memberId>/} (ready members, detached linked
 * worktrees), {@code worktrees/<sessionId>} (acquired workareas) and {@code workareas/<sessionId>-<attempt>/}
 * ({@code manifest.json}, {@code tree/} of an archive). The worktrees directory may be configured elsewhere.
 */
record StateLayout(Path stateHome, Path worktrees) {

    /** The default layout: everything under {@code stateHome}. */
    StateLayout(Path stateHome) {
        this(stateHome, stateHome.resolve("worktrees"));
    }

    Path cache() {
        return stateHome.resolve("cache");
    }

    Path pool() {
        return cache().resolve("pool");
    }

    Path workareas() {
        return stateHome.resolve("workareas");
    }

    Path mirror(String repoKey) {
        return cache().resolve(repoKey + ".git");
    }

    Path member(String memberId) {
        return pool().resolve(memberId);
    }

    Path worktree(String sessionId) {
        return worktrees().resolve(sessionId);
    }

    Path archive(String sessionId, int attempt) {
        return workareas().resolve(sessionId + "-" + attempt);
    }
}
