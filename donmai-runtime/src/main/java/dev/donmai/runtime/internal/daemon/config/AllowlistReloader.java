package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.runtime.api.daemon.config.ConfigProblem;
import dev.donmai.runtime.api.daemon.config.ConfigSource;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.api.daemon.config.Satellite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload of one edited file (host.md §4.1): the live admission keys of that file only, the previous settings
 * kept when the edit is invalid (each error logged with its location), and a warning for every other key that
 * changed. Satellite files added after start apply at the next start.
 */
public final class AllowlistReloader {

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistReloader.class);

    private final ConfigSource source;
    private final Map<Path, ConfigTree> lastApplied = new HashMap<>();

    /** Remembers the current content of every configuration file, to tell later which keys changed. */
    public AllowlistReloader(ConfigSource source) {
        this.source = source;
        lastApplied.put(source.primary(), tree(source.primary()));
        try {
            for (SatelliteFiles.Found found : SatelliteFiles.list(source.home(), source.primary())) {
                lastApplied.put(found.file(), tree(found.file()));
            }
        } catch (IOException e) {
            LOG.warn("cannot list satellite files in {}: {}", source.home(), e.getClass().getSimpleName());
        }
    }

    /** True for the primary file and satellite file names. */
    public boolean isConfigFile(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.equals(source.primary())
                || absolute.getParent().equals(source.home()) && SatelliteFiles.org(absolute).isPresent();
    }

    /** The primary file and the files of the satellites in {@code config}: what to re-read after lost events. */
    public java.util.List<Path> knownFiles(DaemonConfig config) {
        java.util.List<Path> files = new java.util.ArrayList<>();
        files.add(source.primary());
        config.satellites().forEach(s -> s.settings().source().ifPresent(files::add));
        return files;
    }

    /** The configuration after an edit of {@code file}; empty when nothing is to be applied. */
    public Optional<DaemonConfig> reload(Path file, DaemonConfig current) {
        Path absolute = file.toAbsolutePath();
        boolean primary = absolute.equals(source.primary());
        Optional<String> org = primary ? Optional.empty() : SatelliteFiles.org(absolute);
        if (!primary && (org.isEmpty() || current.satellite(org.get()).isEmpty())) {
            if (org.isPresent() && Files.exists(absolute)) {
                LOG.warn("{}: new satellite file for org {} applies at the next start", absolute, org.get());
            }
            return Optional.empty();
        }
        if (!Files.exists(absolute)) {
            LOG.warn("{}: file removed; keeping its previous allowlist until the next start", absolute);
            return Optional.empty();
        }
        FileResult result = SettingsReader.readFile(absolute, source, !primary);
        if (!result.errors().isEmpty()) {
            for (ConfigProblem error : result.errors()) {
                LOG.error("config reload rejected, keeping the previous configuration: {}", error.render());
            }
            return Optional.empty();
        }
        result.warnings().forEach(w -> LOG.warn("{}", w.render()));
        ConfigTree tree = tree(absolute);
        Set<String> restart = lastApplied.getOrDefault(absolute, ConfigTree.empty())
                .changedKeys(tree, AdmissionReader.LIVE_KEYS);
        restart.forEach(key -> LOG.warn("{}: {} changes need a restart", absolute, key));
        lastApplied.put(absolute, tree);
        DaemonSettings settings = result.settings();
        DaemonConfig reloaded = current.withSettings(org.orElse(""), settings);
        DaemonConfig next = current.withAllowlists(reloaded);
        if (next.equals(current)) {
            return Optional.empty();
        }
        LOG.info("{}: allowlist reloaded ({} projects allowed)", absolute, allowed(next, org));
        return Optional.of(next);
    }

    private static int allowed(DaemonConfig config, Optional<String> org) {
        return org.flatMap(config::satellite).map(Satellite::settings).orElse(config.primary())
                .admission().projectsAllowed();
    }

    private static ConfigTree tree(Path file) {
        try {
            return ConfigTree.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ConfigTree.empty();
        }
    }
}
