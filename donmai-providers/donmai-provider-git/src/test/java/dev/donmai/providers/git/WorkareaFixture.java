package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.providers.tck.MutableClock;
import dev.donmai.providers.tck.TckGitFixture;
import dev.donmai.providers.tck.TckGitRepo;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitExec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A source repository, a state home, a host with a hand-moved clock, and an active git workarea provider. */
final class WorkareaFixture implements AutoCloseable {

    static final Duration T = Duration.ofSeconds(60);
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    final TckGitFixture git = TckGitFixture.create();
    final TckGitRepo source;
    final Path stateHome;
    final MutableClock clock = new MutableClock(Instant.now());
    final TckHost host;
    final GitWorkareaProvider provider;

    WorkareaFixture(Map<String, String> files, Map<String, Object> extraConfig, UnaryOperator<GitExec> decorate) {
        source = git.initWithCommit("source", files);
        try {
            stateHome = Files.createDirectory(git.root().resolve("state-home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("stateHome", stateHome.toString());
        values.put("pool.minReadyPerKey", 0);
        values.putAll(extraConfig);
        WorkareaSettings settings = WorkareaSettings.from(ProviderConfig.of(values));
        GitWorkareaProviderFactory factory = new GitWorkareaProviderFactory();
        provider = new GitWorkareaProvider(factory.manifest(), ProviderConfig.of(values).scope(), settings,
                new InMemoryPoolIndex(), h -> decorate.apply(new CliGitExec("git", h.threadFactory(), Map.of())));
        host = new TckHost(ProviderRef.of(factory.manifest(), ScopeLevel.GLOBAL), clock);
        provider.activate(host, T);
    }

    WorkareaFixture(Map<String, String> files) {
        this(files, Map.of(), UnaryOperator.identity());
    }

    static Map<String, String> defaultFiles() {
        return Map.of("README.md", "# source\n", "package-lock.json", "{\"lockfileVersion\": 3}\n",
                ".gitignore", "node_modules/\ndist/\n");
    }

    static String newSessionId() {
        return "s" + SESSIONS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    }

    WorkareaSource main() {
        return WorkareaSource.of(source.uri(), TckGitFixture.DEFAULT_BRANCH);
    }

    WorkareaSpec spec(String sessionId, WorkareaSource src) {
        return WorkareaSpec.exclusive(SessionKey.local(sessionId), ScopeTarget.global(), src);
    }

    Workarea acquire(WorkareaSource src) {
        return provider.acquire(spec(newSessionId(), src), T);
    }

    Workarea acquire() {
        return acquire(main());
    }

    ReleaseOutcome release(Workarea workarea, ReleaseMode mode) {
        return provider.release(workarea, mode, T);
    }

    WorkareaPool pool() {
        return provider.pool().orElseThrow();
    }

    PoolKey mainKey() {
        return new PoolKey(source.path().toAbsolutePath().toString(), TckGitFixture.DEFAULT_BRANCH, "none");
    }

    Path mirror() {
        return stateHome.resolve("cache").resolve(RepositoryLocation.parse(source.uri()).repoKey() + ".git");
    }

    /** Runs git in {@code dir} with the fixture's deterministic environment. */
    String gitIn(Path dir, String... args) {
        return git.run(dir, args);
    }

    List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        provider.deactivate(T);
        host.close();
        git.close();
    }
}
