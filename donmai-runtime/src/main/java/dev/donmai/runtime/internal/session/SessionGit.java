package dev.donmai.runtime.internal.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The runner's port to the git CLI (verdict checks, backstop commit, push, the empty repository of a session without
 * one). Same shape as the runtime's shared {@code GitExec}, which it will delegate to.
 */
interface SessionGit {

    /** Runs {@code git <args>} in {@code cwd} with {@code extraEnv} added to the process environment. */
    GitOutput run(Path cwd, List<String> args, Map<String, String> extraEnv, Duration timeout);

    /** {@link #run(Path, List, Map, Duration)} without extra environment. */
    default GitOutput run(Path cwd, List<String> args, Duration timeout) {
        return run(cwd, args, Map.of(), timeout);
    }
}
