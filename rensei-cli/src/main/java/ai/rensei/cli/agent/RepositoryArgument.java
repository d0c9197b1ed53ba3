package ai.rensei.cli.agent;

import ai.rensei.cli.CliException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@code --repo} names: a local working copy or bare repository (a path or a {@code file://} URL), checked here
 * so a typo is a usage error before anything is created; a git bundle file; or a network URL handed on as it is.
 *
 * @param repository the value the session gets: an absolute path for local repositories, else the URL
 * @param local      the local repository directory, when there is one (the result branch is pushed back into it)
 */
record RepositoryArgument(String repository, Optional<Path> local) {

    static RepositoryArgument resolve(String value, Path workingDirectory) {
        if (value.isBlank()) {
            throw CliException.usage("--repo must not be empty");
        }
        if (value.startsWith("file://")) {
            return local(Path.of(java.net.URI.create(value)), value);
        }
        if (value.contains("://") || value.matches("^[^/\\s]+@[^/\\s]+:.*")) {
            return new RepositoryArgument(value, Optional.empty());
        }
        return local(workingDirectory.resolve(value).normalize(), value);
    }

    private static RepositoryArgument local(Path path, String given) {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".bundle")) {
            // A git bundle is a read-only repository in one file: cloned from, never pushed back to.
            return new RepositoryArgument(path.toAbsolutePath().toString(), Optional.empty());
        }
        if (!Files.isDirectory(path)) {
            throw CliException.usage("repository not found: " + given);
        }
        if (git(path, "rev-parse", "--git-dir").isEmpty()) {
            throw CliException.usage("not a git repository: " + given);
        }
        Path absolute = path.toAbsolutePath();
        return new RepositoryArgument(absolute.toString(), Optional.of(absolute));
    }

    /** The branch checked out in the local repository, or its commit when HEAD is detached; empty for URLs. */
    Optional<String> currentRef() {
        return local.flatMap(path -> git(path, "symbolic-ref", "--quiet", "--short", "HEAD")
                .or(() -> git(path, "rev-parse", "--verify", "--quiet", "HEAD")));
    }

    /** The files that differ between two commits of the local repository; empty for URLs. */
    List<String> filesChanged(String base, String commit) {
        return local.flatMap(path -> git(path, "diff", "--name-only", base, commit))
                .map(out -> out.lines().toList())
                .orElse(List.of());
    }

    private static Optional<String> git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            throw CliException.failure("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
