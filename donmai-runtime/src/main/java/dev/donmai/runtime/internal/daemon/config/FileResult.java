package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.runtime.api.daemon.config.ConfigProblem;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import java.util.List;
import java.util.Optional;

/**
 * One file read: its settings when it had no error, and its problems in position order.
 *
 * @param settings the settings; {@code null} when {@code errors} is not empty
 * @param errors   errors
 * @param warnings warnings
 */
public record FileResult(@Nullable DaemonSettings settings, List<ConfigProblem> errors, List<ConfigProblem> warnings) {

    public FileResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public Optional<DaemonSettings> valid() {
        return errors.isEmpty() ? Optional.ofNullable(settings) : Optional.empty();
    }
}
