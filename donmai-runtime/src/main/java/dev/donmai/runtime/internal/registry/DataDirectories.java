package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Creates each provider's private data directory {@code <root>/<family>/<id>}, owner-only (0700) on POSIX. */
final class DataDirectories {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path root;

    DataDirectories(Path root) {
        this.root = root;
    }

    /** The directory of {@code ref}, created if needed and restricted to its owner. */
    Path create(ProviderRef ref) throws IOException {
        Path dir = root.resolve(ref.family().wire()).resolve(ref.id());
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(dir);
        }
        // Missing parents are created owner-only too; an existing directory keeps its mode through
        // createDirectories, and a provider's data must be private whatever state it was found in.
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(dir, OWNER_ONLY);
        return dir;
    }
}
