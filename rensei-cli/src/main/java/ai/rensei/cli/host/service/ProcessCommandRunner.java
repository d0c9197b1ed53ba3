package ai.rensei.cli.host.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link CommandRunner} over {@link ProcessBuilder}. The program is looked up on the invocation's {@code PATH} and
 * runs with exactly the invocation's environment, so what the user's shell would run is what runs; stdin is closed.
 */
public final class ProcessCommandRunner implements CommandRunner {

    /** Long enough for {@code systemctl restart} to wait for a daemon's stop and start. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    private final Map<String, String> environment;
    private final List<Path> path;
    private final Duration timeLimit;

    public ProcessCommandRunner(Map<String, String> environment, List<Path> path) {
        this(environment, path, TIME_LIMIT);
    }

    ProcessCommandRunner(Map<String, String> environment, List<Path> path, Duration timeLimit) {
        this.environment = Map.copyOf(environment);
        this.path = List.copyOf(path);
        this.timeLimit = timeLimit;
    }

    @Override
    public CommandResult run(List<String> command) {
        String program = command.get(0);
        Path executable = program.contains("/") ? Path.of(program)
                : Executables.find(program, path).orElseThrow(() -> new CommandNotFoundException(program));
        List<String> argv = new ArrayList<>(command);
        argv.set(0, executable.toString());
        ProcessBuilder builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new CommandNotFoundException(program);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = drain(process.getInputStream());
            CompletableFuture<String> stderr = drain(process.getErrorStream());
            boolean finished = process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            return new CommandResult(command, finished ? process.exitValue() : -1, stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new CommandResult(command, -1, "", "interrupted");
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, task -> {
            // A thread per stream: the common pool may have a single worker, and two pipes drained one after the
            // other can deadlock when the second fills up.
            Thread reader = new Thread(task, "command-output");
            reader.setDaemon(true);
            reader.start();
        });
    }
}
