package dev.donmai.providers.agents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The fake CLIs of {@code src/test/resources/fake-clis}, copied once per JVM to a temporary directory with their
 * execute bit (the build's resource copy drops it), so an adapter can run them as its {@code binary}.
 */
final class FakeClis {

    private static final List<String> FILES = List.of("common.sh", "fake-claude.sh", "fake-codex.sh",
            "fake-opencode.sh");
    private static Path dir;

    private FakeClis() {
    }

    /** The executable path of {@code fake-<name>.sh}. */
    static synchronized Path path(String name) {
        if (dir == null) {
            dir = install();
        }
        return dir.resolve("fake-" + name + ".sh");
    }

    /** The {@code PATH} the fakes run with (the build's own, so sh, sleep and git are found). */
    static String searchPath() {
        String path = System.getenv("PATH");
        return path == null || path.isBlank() ? "/usr/local/bin:/usr/bin:/bin" : path;
    }

    private static Path install() {
        try {
            Path target = Files.createTempDirectory("donmai-fake-clis-");
            for (String file : FILES) {
                try (InputStream in = FakeClis.class.getResourceAsStream("/fake-clis/" + file)) {
                    if (in == null) {
                        throw new IOException("missing test resource fake-clis/" + file);
                    }
                    Path copy = target.resolve(file);
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
