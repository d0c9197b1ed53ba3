package dev.donmai.runtime.api.daemon.config;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.internal.daemon.config.FileResult;
import dev.donmai.runtime.internal.daemon.config.SatelliteFiles;
import dev.donmai.runtime.internal.daemon.config.SettingsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the daemon's configuration (host.md §4.1): the primary file, or the "no file" defaults when it does not
 * exist, plus every satellite {@code <home>/daemon-<org>.yaml} in name order. All errors of all files are collected;
 * any error makes the result {@link ConfigLoadResult.Invalid}. {@code <P>_DAEMON_TOKEN} in the source's environment
 * replaces the primary file's {@code orchestrator.authToken} (satellites keep their own org's token).
 */
public final class DaemonConfigLoader {

    private DaemonConfigLoader() {
    }

    /** Loads every file of {@code source}. */
    public static ConfigLoadResult load(ConfigSource source) {
        List<ConfigProblem> errors = new ArrayList<>();
        List<ConfigProblem> warnings = new ArrayList<>();
        DaemonSettings primary;
        if (Files.exists(source.primary())) {
            FileResult result = SettingsReader.readFile(source.primary(), source, false);
            errors.addAll(result.errors());
            warnings.addAll(result.warnings());
            primary = result.settings();
        } else {
            DaemonSettings defaults = DaemonSettings.defaults(source.home(), source.cpuCount());
            primary = defaults.withOrchestrator(defaults.orchestrator()
                    .withAuthToken(source.tokenOverride().map(Secret::of)));
        }
        List<Satellite> satellites = new ArrayList<>();
        List<SatelliteFiles.Found> files;
        try {
            files = SatelliteFiles.list(source.home(), source.primary());
        } catch (IOException e) {
            errors.add(new ConfigProblem(source.home(), 1, 1, ConfigProblem.SYNTAX,
                    "cannot list satellite files: " + e.getClass().getSimpleName()));
            files = List.of();
        }
        for (SatelliteFiles.Found found : files) {
            FileResult result = SettingsReader.readFile(found.file(), source, true);
            errors.addAll(result.errors());
            warnings.addAll(result.warnings());
            Optional.ofNullable(result.settings()).ifPresent(s -> satellites.add(new Satellite(found.org(), s)));
        }
        if (!errors.isEmpty()) {
            return new ConfigLoadResult.Invalid(errors);
        }
        return new ConfigLoadResult.Loaded(new DaemonConfig(primary, satellites), warnings);
    }
}
