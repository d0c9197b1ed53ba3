package dev.donmai.runtime.internal.daemon.state;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The directories crash recovery works on (sessions.md §13, §15).
 *
 * @param home         the state home
 * @param worktreesDir acquired workareas, {@code <worktreesDir>/<sessionId>}
 * @param workareasDir archives, {@code <workareasDir>/<sessionId>-<attempt>/{tree, manifest.json}}
 * @param cacheDir     bare mirrors {@code <cacheDir>/<repoKey>.git} and pool members {@code <cacheDir>/pool/<id>}
 * @param runCredDir   per-session credential sockets, emptied at start
 */
public record RecoveryLayout(Path home, Path worktreesDir, Path workareasDir, Path cacheDir, Path runCredDir) {

    public RecoveryLayout {
        home = absolute(home, "home");
        worktreesDir = absolute(worktreesDir, "worktreesDir");
        workareasDir = absolute(workareasDir, "workareasDir");
        cacheDir = absolute(cacheDir, "cacheDir");
        runCredDir = absolute(runCredDir, "runCredDir");
    }

    /** The standard layout under {@code home}, with the worktrees wherever the engine keeps them. */
    public static RecoveryLayout of(Path home, Path worktreesDir) {
        return new RecoveryLayout(home, worktreesDir, home.resolve("workareas"), home.resolve("cache"),
                home.resolve("run").resolve("cred"));
    }

    /** Where pool members live. */
    public Path poolDir() {
        return cacheDir.resolve("pool");
    }

    private static Path absolute(Path path, String name) {
        return Objects.requireNonNull(path, name).toAbsolutePath().normalize();
    }
}
