package ai.rensei.cli.blackbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code ./rensei host run} in its own process, on a free loopback port, with a temp {@code RENSEI_HOME}:
 * the daemon as an operator starts it. Output goes to files under the home so a failing test can show it.
 */
final class DaemonProcess implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath()
            .normalize();

    final Path home;
    final int port;
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private DaemonProcess(Path home, int port, Process process, Path stdout, Path stderr) {
        this.home = home;
        this.port = port;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code ./rensei host run --port <free> <extra…>} and returns at once. */
    static DaemonProcess start(Path home, List<String> extra, Map<String, String> env) {
        return start(home, freePort(), extra, env);
    }

    static DaemonProcess start(Path home, int port, List<String> extra, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("rensei").toString(), "host", "run",
                "--port", String.valueOf(port)));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("RENSEI_"));
        environment.put("RENSEI_HOME", home.toString());
        environment.putAll(env);
        try {
            Files.createDirectories(home);
            Path out = Files.createTempFile(home.getParent(), "daemon-out", ".log");
            Path err = Files.createTempFile(home.getParent(), "daemon-err", ".log");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            return new DaemonProcess(home, port, builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code ./rensei <args>} to completion with this daemon's home. */
    static CliResult cli(Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("rensei").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("RENSEI_"));
        builder.environment().put("RENSEI_HOME", home.toString());
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile("cli-out", ".txt");
            Path err = Files.createTempFile("cli-err", ".txt");
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("rensei " + String.join(" ", args) + " did not finish");
            }
            CliResult result = new CliResult(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What one CLI run printed. */
    record CliResult(int exitCode, String stdout, String stderr) {
    }

    /** Waits until {@code /healthz} answers 200. */
    DaemonProcess awaitReady() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("daemon exited " + process.exitValue() + ": " + stderr());
            }
            try {
                return RawHttp.send(port, "GET", "/healthz", Map.of(), null).status() == 200;
            } catch (UncheckedIOException e) {
                return false;
            }
        });
        return this;
    }

    RawHttp.Reply get(String path) {
        return RawHttp.send(port, "GET", path, Map.of(), null);
    }

    RawHttp.Reply post(String path, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token());
        return RawHttp.send(port, "POST", path, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    String token() {
        try {
            return Files.readString(home.resolve("control-token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("daemon still running after " + timeout + "; stderr: " + stderr());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
