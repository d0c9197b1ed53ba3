package dev.donmai.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external command to completion, capturing its output; the benchmarks' only way to start git or df. */
final class Cmd {

    private static final long TIMEOUT_SECONDS = 600;

    /** What a finished command left. */
    record Result(int exit, String out, String err, long nanos) {
        boolean ok() {
            return exit == 0;
        }

        /** The output, or an exception naming the command when it failed. */
        String require(List<String> command) {
            if (!ok()) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ": " + err.strip());
            }
            return out.strip();
        }
    }

    private Cmd() {
    }

    /** Runs {@code command} in {@code dir} (null: the current directory) with {@code env} added. */
    static Result run(Path dir, Map<String, String> env, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            long nanos = System.nanoTime() - start;
            return new Result(p.exitValue(), out.join(), err.join(), nanos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }

    static Result run(Path dir, List<String> command) {
        return run(dir, Map.of(), command);
    }

    /** The trimmed output of a command that must succeed. */
    static String require(Path dir, Map<String, String> env, List<String> command) {
        return run(dir, env, command).require(command);
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
