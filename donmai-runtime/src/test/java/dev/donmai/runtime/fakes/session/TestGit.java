package dev.donmai.runtime.fakes.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real git repositories in temp directories, for tests; works on a machine without a global git identity. */
public final class TestGit {

    public static final Map<String, String> IDENTITY = Map.of("GIT_AUTHOR_NAME", "Test Author",
            "GIT_AUTHOR_EMAIL", "test@example.invalid", "GIT_COMMITTER_NAME", "Test Author",
            "GIT_COMMITTER_EMAIL", "test@example.invalid");

    /** What git printed and returned. */
    public record Run(int exitCode, String out, String err) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private TestGit() {
    }

    public static Run run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(IDENTITY);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        try {
            Process p = builder.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("git timed out: " + command);
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip(),
                    new String(err, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs git and returns stdout; fails the test when git fails. */
    public static String git(Path dir, String... args) {
        Run run = run(dir, args);
        if (!run.ok()) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + run.err());
        }
        return run.out();
    }

    /** A new repository on {@code main} with one commit of {@code README.md}. */
    public static Path repo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(dir, "init", "-q", "-b", "main");
        commitFile(dir, "README.md", "hello\n", "initial");
        return dir;
    }

    /** Writes, adds and commits a file; returns the new commit. */
    public static String commitFile(Path repo, String name, String content, String message) {
        write(repo.resolve(name), content);
        git(repo, "add", name);
        git(repo, "commit", "-q", "-m", message);
        return git(repo, "rev-parse", "HEAD");
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
