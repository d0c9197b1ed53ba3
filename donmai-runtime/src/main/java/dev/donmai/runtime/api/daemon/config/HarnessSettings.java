package dev.donmai.runtime.api.daemon.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code harnesses.<id>.*} (host.md §4.2, sessions.md §12).
 *
 * @param binary  the harness CLI; absent = looked up on {@code PATH}
 * @param args    extra arguments ({@code harnesses.<id>.args})
 * @param enabled {@code harnesses.<id>.enabled}: true by default, except for {@code shell}
 */
public record HarnessSettings(Optional<Path> binary, List<String> args, boolean enabled) {

    public HarnessSettings {
        Objects.requireNonNull(binary, "binary");
        args = List.copyOf(args);
    }

    /** A harness with an explicit binary (or none), no extra arguments, enabled. */
    public HarnessSettings(Optional<Path> binary) {
        this(binary, List.of(), true);
    }

    /** What a harness gets when daemon.yaml says nothing about it. */
    public static HarnessSettings defaultsFor(String harnessId) {
        return new HarnessSettings(Optional.empty(), List.of(), !"shell".equals(harnessId));
    }
}
