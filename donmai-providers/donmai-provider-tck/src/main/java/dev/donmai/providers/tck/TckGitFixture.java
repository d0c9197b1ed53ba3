package dev.donmai.providers.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds throw-away git repositories in a temporary directory with the real {@code git} command line.
 *
 * <p>Every command runs with a fixed author, committer and clock (one second further per commit) set on the process
 * environment, a private empty {@code HOME} and no system configuration, so the same sequence of operations gives the
 * same commit ids on every machine and nobody's global git configuration is read or written. Inherited
 * {@code GIT_*} variables are dropped, so a test run from inside a git hook cannot leak into another repository.
 */
public final class TckGitFixture implements AutoCloseable {

    /** Author and committer of every fixture commit. */
    public static final String AUTHOR_NAME = "Donmai TCK";
    /** E-mail of the fixture author and committer. */
    public static final String AUTHOR_EMAIL = "tck@donmai.invalid";
    /** The branch {@code init} creates. */
    public static final String DEFAULT_BRANCH = "main";

    /** 2023-11-14T22:13:20Z: any fixed instant makes ids reproducible. */
    private static final long EPOCH_SECONDS = 1_700_000_000L;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> FIXED_CONFIG = List.of(
            "-c", "init.defaultBranch=" + DEFAULT_BRANCH,
            "-c", "commit.gpgsign=false",
            "-c", "tag.gpgsign=false",
            "-c", "core.autocrlf=false",
            "-c", "core.fsmonitor=false",
            "-c", "protocol.file.allow=always",
            "-c", "advice.detachedHead=false");

    private final Path root;
    private final Path home;
    private final AtomicLong tick = new AtomicLong();

    private TckGitFixture(Path root) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve(".home"));
    }

    /** A fixture rooted in a new temporary directory. */
    public static TckGitFixture create() {
        try {
            return new TckGitFixture(Files.createTempDirectory("donmai-tck-git-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the git fixture directory", e);
        }
    }

    /**
     * A fixture rooted in an existing directory, e.g. a provider's data directory, for code that wants the same
     * deterministic git runner; {@link #close()} deletes that directory.
     */
    public static TckGitFixture at(Path root) {
        try {
            Files.createDirectories(root);
            return new TckGitFixture(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the git fixture directory", e);
        }
    }

    /** True when a {@code git} executable answers {@code git --version}; tests use it in an assumption. */
    public static boolean gitAvailable() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The temporary directory holding every repository of this fixture. */
    public Path root() {
        return root;
    }

    /** A new empty non-bare repository on branch {@value #DEFAULT_BRANCH}, with no commit yet. */
    public TckGitRepo init(String name) {
        Path dir = newDir(name);
        run(dir, "init", "--quiet");
        return new TckGitRepo(this, dir, false);
    }

    /** A new repository with one commit holding {@code files} (relative path → UTF-8 content). */
    public TckGitRepo initWithCommit(String name, Map<String, String> files) {
        TckGitRepo repo = init(name);
        repo.commit("initial commit", files);
        return repo;
    }

    /** A new empty bare repository, e.g. a remote to push to. */
    public TckGitRepo bare(String name) {
        Path dir = newDir(name);
        run(dir, "init", "--quiet", "--bare");
        return new TckGitRepo(this, dir, true);
    }

    /** A non-bare clone of {@code source}, whose {@code origin} is {@code source}. */
    public TckGitRepo cloneOf(TckGitRepo source, String name) {
        Path dir = root.resolve(name);
        if (Files.exists(dir)) {
            throw new IllegalArgumentException("fixture already has " + name);
        }
        run(root, "clone", "--quiet", source.path().toString(), dir.toString());
        return new TckGitRepo(this, dir, false);
    }

    /**
     * Runs {@code git args} in {@code dir} with the fixture's environment and returns its standard output with the
     * trailing newline removed.
     *
     * @throws IllegalStateException when git exits non-zero (the message holds its standard error) or times out
     */
    public String run(Path dir, String... args) {
        GitResult result = exec(dir, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " exited " + result.exitCode() + ": "
                    + result.stderr().strip());
        }
        return result.stdout();
    }

    /** What one git command printed and how it exited. */
    public record GitResult(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs {@code git args} in {@code dir} with the fixture's environment and reports how it went, whatever the exit
     * code (a rejected push is an answer, not an error).
     *
     * @throws IllegalStateException when git cannot start or does not finish in time
     */
    public GitResult exec(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(FIXED_CONFIG);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        prepareEnvironment(builder.environment());
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile(root, ".out-", ".txt");
            err = Files.createTempFile(root, ".err-", ".txt");
            // Files instead of pipes: a chatty command can never block on a full pipe while we wait for it.
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " timed out");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            return new GitResult(process.exitValue(),
                    stdout.endsWith("\n") ? stdout.substring(0, stdout.length() - 1) : stdout,
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Deletes every repository of this fixture. */
    @Override
    public void close() {
        TckHost.deleteTree(root);
    }

    /** Moves the fixture clock one second on; called before each commit so ids are reproducible and ordered. */
    void advanceClock() {
        tick.incrementAndGet();
    }

    void prepareEnvironment(Map<String, String> env) {
        env.keySet().removeIf(key -> key.startsWith("GIT_"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_AUTHOR_NAME", AUTHOR_NAME);
        env.put("GIT_AUTHOR_EMAIL", AUTHOR_EMAIL);
        env.put("GIT_COMMITTER_NAME", AUTHOR_NAME);
        env.put("GIT_COMMITTER_EMAIL", AUTHOR_EMAIL);
        String date = "@" + (EPOCH_SECONDS + tick.get()) + " +0000";
        env.put("GIT_AUTHOR_DATE", date);
        env.put("GIT_COMMITTER_DATE", date);
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
    }

    private Path newDir(String name) {
        Objects.requireNonNull(name, "name");
        try {
            return Files.createDirectory(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create repository directory " + name, e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A leftover output file lives in the fixture root and goes with it.
            }
        }
    }
}
