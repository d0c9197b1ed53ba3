package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Nullable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Pushes a session's branch (sessions.md §9). A local repository (a path or a {@code file://} URL) gets the new branch
 * {@code agent/<sessionId>} pushed back into it, so the user finds the result in their own repository: never with
 * {@code --force}, never onto the branch checked out there. A network remote is pushed only with credentials for it,
 * which v1 does not deliver yet (no credential snapshot), so it is skipped. Nothing is pushed when the branch did not
 * move past the base commit. A failure is a warning, never a session failure.
 */
final class BranchPusher {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** What the push did. */
    sealed interface Outcome {
    }

    /** The branch is in the repository now. */
    record Pushed(String target) implements Outcome {
    }

    /** Nothing to push, or nowhere it may go. */
    record Skipped(String reason) implements Outcome {
    }

    /** The push was tried and failed; {@code warning} goes into the result record. */
    record Failed(String warning) implements Outcome {
    }

    private final SessionGit git;

    BranchPusher(SessionGit git) {
        this.git = git;
    }

    Outcome push(Path workarea, @Nullable String repository, String branch, @Nullable String baseCommit) {
        if (repository == null) {
            return new Skipped("no-repository");
        }
        Optional<Path> local = localPath(repository);
        if (local.isEmpty()) {
            return new Skipped("network-remote-without-credentials");
        }
        GitOutput head = git.run(workarea, List.of("rev-parse", "-q", "--verify", "HEAD^{commit}"), TIMEOUT);
        if (!head.ok() || head.out().equals(baseCommit)) {
            return new Skipped("no-new-commits");
        }
        Path target = local.get();
        boolean bare = git.run(target, List.of("rev-parse", "--is-bare-repository"), TIMEOUT).out().equals("true");
        if (!bare) {
            GitOutput checkedOut = git.run(target, List.of("symbolic-ref", "-q", "--short", "HEAD"), TIMEOUT);
            if (checkedOut.ok() && checkedOut.out().equals(branch)) {
                return new Failed("push-failed: " + branch + " is checked out in " + target);
            }
        }
        GitOutput pushed = git.run(workarea, List.of("push", "--quiet", target.toString(),
                "HEAD:refs/heads/" + branch), TIMEOUT);
        return pushed.ok() ? new Pushed(target.toString()) : new Failed("push-failed: " + pushed.failure());
    }

    /**
     * The directory of a local repository (an existing directory or a {@code file://} URL), else empty. A git bundle
     * is a file, read-only by nature, so it is never a push target.
     */
    static Optional<Path> localPath(String repository) {
        try {
            if (repository.startsWith("file:")) {
                return Optional.of(Path.of(URI.create(repository)));
            }
            if (repository.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") || repository.matches("^[^/]+@[^/]+:.*")) {
                return Optional.empty();
            }
            Path path = Path.of(repository);
            return Files.isDirectory(path) ? Optional.of(path.toAbsolutePath().normalize()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
