package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rensei executable a service should run (host.md §2 install step 1): {@code --bin-path} (absolute and
 * executable, else exit 2) &gt; {@code $RENSEI_BIN} &gt; {@code rensei} on {@code PATH}, the latter with symlinks
 * resolved so the service keeps running the binary that was current at install (e.g. a Homebrew Cellar path).
 */
public final class BinaryResolver {

    static final String UNKNOWN = "cannot determine the rensei executable; pass --bin-path";
    static final String PROGRAM = "rensei";

    private BinaryResolver() {
    }

    /** The executable, or empty when none of the three sources names one. */
    public static Optional<Path> resolve(Optional<Path> binPath, CliEnvironment env) {
        if (binPath.isPresent()) {
            Path given = binPath.get();
            if (!given.isAbsolute() || !Executables.isExecutableFile(given)) {
                throw CliException.usage("--bin-path must be an absolute path to an executable file: " + given);
            }
            return Optional.of(given.normalize());
        }
        Optional<Path> launcher = env.launcherBinary();
        if (launcher.isPresent()) {
            return launcher;
        }
        return Executables.find(PROGRAM, env.path()).map(BinaryResolver::real);
    }

    /** Like {@link #resolve}, but none is a usage error (exit 2). */
    public static Path require(Optional<Path> binPath, CliEnvironment env) {
        return resolve(binPath, env).orElseThrow(() -> CliException.usageVerbatim(UNKNOWN));
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }
}
