package dev.donmai.runtime.api.daemon.config;

import dev.donmai.runtime.internal.daemon.config.ConfigFileWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hot reload of daemon.yaml (host.md §4.1): watches {@code <home>} with a {@code WatchService}, reads an edited
 * file 500 ms after its last change (applied within 2 s), and hands {@code apply} the current configuration with
 * that file's live keys replaced ({@code projects}, {@code projectAdmissionMode}, {@code enabledProjectIds},
 * {@code repositories}; see {@link DaemonConfig#withAllowlists}). An invalid edit keeps the previous configuration
 * and logs each error with its location; any other changed key logs {@code <key> changes need a restart}. Runs on
 * one daemon thread; {@link #close()} stops it.
 */
public final class ConfigWatcher implements AutoCloseable {

    private final ConfigFileWatcher watcher;

    private ConfigWatcher(ConfigFileWatcher watcher) {
        this.watcher = watcher;
    }

    /**
     * Starts watching.
     *
     * @param source  what was loaded
     * @param current the configuration in force (read on each reload, so live mutations are kept)
     * @param apply   receives the new configuration, on the watcher thread
     * @throws UncheckedIOException when the directory cannot be watched
     */
    public static ConfigWatcher start(ConfigSource source, Supplier<DaemonConfig> current,
            Consumer<DaemonConfig> apply) {
        try {
            return new ConfigWatcher(ConfigFileWatcher.start(source, current, apply));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + source.home(), e);
        }
    }

    @Override
    public void close() {
        watcher.close();
    }
}
