package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.runtime.api.daemon.config.ConfigSource;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the state home (and the primary file's directory when {@code --config} points elsewhere) and hands each
 * configuration file to the {@link AllowlistReloader} once it has been quiet for the debounce time, on one daemon
 * thread.
 */
public final class ConfigFileWatcher implements AutoCloseable {

    /** Quiet time after the last event of a file before it is read (host.md §4.1: 500 ms). */
    public static final Duration DEBOUNCE = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(ConfigFileWatcher.class);
    private static final long IDLE_POLL_MILLIS = 1000;

    private final WatchService service;
    private final Map<WatchKey, Path> directories = new HashMap<>();
    private final AllowlistReloader reloader;
    private final Supplier<DaemonConfig> current;
    private final Consumer<DaemonConfig> apply;
    private final Map<Path, Long> due = new HashMap<>();
    private final Thread thread;

    private ConfigFileWatcher(ConfigSource source, Supplier<DaemonConfig> current, Consumer<DaemonConfig> apply)
            throws IOException {
        this.current = current;
        this.apply = apply;
        this.reloader = new AllowlistReloader(source);
        AtomicFiles.createPrivateDirectories(source.home());
        this.service = FileSystems.getDefault().newWatchService();
        Set<Path> watched = new LinkedHashSet<>();
        watched.add(source.home());
        if (java.nio.file.Files.isDirectory(source.primary().getParent())) {
            watched.add(source.primary().getParent());
        }
        try {
            for (Path dir : watched) {
                directories.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        } catch (IOException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::run, "donmai-config-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching; {@code apply} runs on the watcher thread. */
    public static ConfigFileWatcher start(ConfigSource source, Supplier<DaemonConfig> current,
            Consumer<DaemonConfig> apply) throws IOException {
        ConfigFileWatcher watcher = new ConfigFileWatcher(source, current, apply);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(waitMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    collect(key);
                }
                reloadDue();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Closed: the daemon is shutting down.
        } catch (RuntimeException e) {
            LOG.error("configuration watcher stopped: {}", e.toString());
        }
    }

    private void collect(WatchKey key) {
        Path dir = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                reloader.knownFiles(current.get()).forEach(this::schedule);
                continue;
            }
            if (dir != null && event.context() instanceof Path) {
                Path file = dir.resolve((Path) event.context()).toAbsolutePath();
                if (reloader.isConfigFile(file)) {
                    schedule(file);
                }
            }
        }
        key.reset();
    }

    private void schedule(Path file) {
        due.put(file, System.nanoTime() + DEBOUNCE.toNanos());
    }

    private long waitMillis() {
        long now = System.nanoTime();
        return due.values().stream().mapToLong(at -> TimeUnit.NANOSECONDS.toMillis(at - now) + 1)
                .map(ms -> Math.max(1, ms)).min().orElse(IDLE_POLL_MILLIS);
    }

    private void reloadDue() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Path, Long>> it = due.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Long> entry = it.next();
            if (entry.getValue() - now <= 0) {
                it.remove();
                try {
                    reloader.reload(entry.getKey(), current.get()).ifPresent(apply);
                } catch (RuntimeException e) {
                    LOG.error("{}: config reload failed: {}", entry.getKey(), e.getClass().getName());
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.toString());
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
