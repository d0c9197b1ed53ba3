package dev.donmai.runtime.internal.toolchain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs a probe command; a port so tests can answer probes without installed tools. */
@FunctionalInterface
public interface CommandRunner {

    /**
     * Runs {@code command} and returns its stdout and stderr together, or empty when it could not start, did not
     * finish within {@code timeout} (it is then killed) or exited non-zero.
     */
    Optional<String> run(List<String> command, Duration timeout);
}
