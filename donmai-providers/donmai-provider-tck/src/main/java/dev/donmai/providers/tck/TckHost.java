package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, self-contained {@link ProviderHost} for conformance tests: a private temporary data directory (mode 0700
 * where the file system supports it), a real bounded scheduler, a tracking thread factory, a recording logger, a
 * {@link TckProviderLookup} a test can populate, and a record of every hook event published through it.
 *
 * <p>One host serves one provider, so everything it tracks (threads, scheduled tasks, events) belongs to that
 * provider. {@link #close()} stops the scheduler and deletes the temporary directory.
 */
public final class TckHost implements ProviderHost, AutoCloseable {

    /** Scheduler threads: two suffice for timers and keep a runaway provider from starving the machine. */
    private static final int SCHEDULER_THREADS = 2;

    private final ProviderRef self;
    private final Clock clock;
    private final Path root;
    private final Path dataDir;
    private final RecordingLogger logger;
    private final ScheduledThreadPoolExecutor scheduler;
    private final TrackingThreadFactory threadFactory;
    private final TckProviderLookup providers = new TckProviderLookup();
    private final List<ProviderHookEvent> events = new CopyOnWriteArrayList<>();

    /** A host for {@code self} using the system UTC clock. */
    public TckHost(ProviderRef self) {
        this(self, Clock.systemUTC());
    }

    /** A host for {@code self} using {@code clock}. */
    public TckHost(ProviderRef self, Clock clock) {
        this.self = Objects.requireNonNull(self, "self");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.root = Files.createTempDirectory("donmai-tck-" + self.id() + "-");
            this.dataDir = Files.createDirectory(root.resolve("data"));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the TCK host directory", e);
        }
        this.logger = new RecordingLogger("dev.donmai.tck." + self.id());
        this.threadFactory = new TrackingThreadFactory("tck-" + self.id() + "-");
        this.scheduler = new ScheduledThreadPoolExecutor(SCHEDULER_THREADS,
                new TrackingThreadFactory("tck-scheduler-" + self.id() + "-"));
        // Cancelled tasks leave the queue at once, so the queue shows only what the provider still has scheduled.
        this.scheduler.setRemoveOnCancelPolicy(true);
    }

    /** A host whose {@link #self()} names {@code provider} at the level of its scope. */
    public static TckHost forProvider(Provider<?> provider) {
        return new TckHost(ProviderRef.of(provider.manifest(), provider.scope().level()));
    }

    @Override
    public ProviderRef self() {
        return self;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public RecordingLogger logger() {
        return logger;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public ThreadFactory threadFactory() {
        return threadFactory;
    }

    @Override
    public TckProviderLookup providers() {
        return providers;
    }

    @Override
    public void publish(ProviderHookEvent.FamilyEvent event) {
        record(Objects.requireNonNull(event, "event"));
    }

    /** Records any hook event, e.g. one a test emits on the host's behalf. */
    public void record(ProviderHookEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** Every event recorded so far, in arrival order. */
    public List<ProviderHookEvent> events() {
        return List.copyOf(events);
    }

    /** The family events the provider published, in arrival order. */
    public List<ProviderHookEvent.FamilyEvent> familyEvents() {
        return events.stream()
                .filter(ProviderHookEvent.FamilyEvent.class::isInstance)
                .map(ProviderHookEvent.FamilyEvent.class::cast)
                .toList();
    }

    /**
     * A fresh directory outside {@link #dataDir()} for fixtures (sources, destinations); deleted with the host.
     */
    public Path scratchDir(String name) {
        try {
            return Files.createTempDirectory(root, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    /** Threads made through {@link #threadFactory()} that are still alive. */
    public List<Thread> liveProviderThreads() {
        return threadFactory.alive();
    }

    /** Periodic tasks still queued on {@link #scheduler()}; after deactivation there must be none. */
    public int periodicTasksPending() {
        return (int) scheduler.getQueue().stream()
                .filter(r -> r instanceof RunnableScheduledFuture<?> f && f.isPeriodic() && !f.isCancelled())
                .count();
    }

    /** Stops the scheduler and deletes every file the host created. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        deleteTree(root);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        } catch (IOException | UncheckedIOException e) {
            return; // Best effort: a leftover temp directory must not fail a test that already ran.
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            try {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Same reason as above; the OS cleans its temp directory eventually.
            }
        }
    }

    /** Names threads and remembers them, so a test can see which ones outlive deactivation. */
    private static final class TrackingThreadFactory implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger counter = new AtomicInteger();
        private final List<Thread> made = new CopyOnWriteArrayList<>();

        TrackingThreadFactory(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + counter.incrementAndGet());
            // Daemon threads: a provider that leaks one must fail its test, not hang the build.
            thread.setDaemon(true);
            made.add(thread);
            return thread;
        }

        List<Thread> alive() {
            return made.stream().filter(Thread::isAlive).toList();
        }
    }
}
