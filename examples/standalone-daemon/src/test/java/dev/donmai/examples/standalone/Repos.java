package dev.donmai.examples.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real git repositories for the end-to-end tests; needs no global git identity. */
final class Repos {

    private Repos() {
    }

    /** A repository on {@code main} with one commit of {@code README.md}. */
    static Path create(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("README.md"), "hello\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(dir, "init", "-q", "-b", "main");
        git(dir, "add", "README.md");
        git(dir, "commit", "-q", "-m", "initial");
        return dir;
    }

    /** Runs git; returns stdout, or fails the test. */
    static String git(Path dir, String... args) {
        Result r = run(dir, args);
        if (r.exit() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + ": " + r.err());
        }
        return r.out();
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.invalid",
                "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.invalid",
                "GIT_CONFIG_NOSYSTEM", "1"));
        try {
            Process p = builder.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("git timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip(),
                    new String(err, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
