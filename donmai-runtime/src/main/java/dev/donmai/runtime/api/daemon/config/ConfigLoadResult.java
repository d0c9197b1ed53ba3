package dev.donmai.runtime.api.daemon.config;

import java.util.List;
import java.util.Objects;

/** What loading the configuration gave: a configuration (perhaps with warnings), or every error. */
public sealed interface ConfigLoadResult {

    /**
     * Every file was valid.
     *
     * @param config   the configuration
     * @param warnings unknown keys, aliases and the like, in position order
     */
    record Loaded(DaemonConfig config, List<ConfigProblem> warnings) implements ConfigLoadResult {
        public Loaded {
            Objects.requireNonNull(config, "config");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * At least one file was invalid; {@code host run} prints every error and exits 2.
     *
     * @param errors every error of every file, in position order (never empty)
     */
    record Invalid(List<ConfigProblem> errors) implements ConfigLoadResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result has errors");
            }
        }
    }
}
