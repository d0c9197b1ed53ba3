package ai.rensei.cli.host.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Looks programs up on a {@code PATH} given as a list (the invocation's, not the JVM's). */
public final class Executables {

    private Executables() {
    }

    /** The first {@code dir/name} on {@code path} that is an executable regular file, absolute. */
    public static Optional<Path> find(String name, List<Path> path) {
        for (Path dir : path) {
            Path candidate = dir.resolve(name).toAbsolutePath();
            if (isExecutableFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** True for an existing regular file the current user may execute. */
    public static boolean isExecutableFile(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
