package dev.donmai.runtime.spi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * The one way every writer of daemon state replaces a file (host.md §4.1 "Writes"): a temp file in the same
 * directory, fsync, permissions, rename over the target, fsync of the directory. A reader sees the old content or the
 * new one, never a torn write, and a crash leaves at most a stray {@code .tmp} file. Missing parent directories are
 * created {@code 0700}.
 */
public final class AtomicFiles {

    /** {@code 0600}: state, tokens, configs. */
    public static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    /** {@code 0644}: service units, which the service manager reads as another user. */
    public static final Set<PosixFilePermission> PUBLIC_READ = PosixFilePermissions.fromString("rw-r--r--");
    /** {@code 0700}: directories of state. */
    public static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 with {@link #PRIVATE} permissions. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), PRIVATE);
    }

    /** Writes {@code content} with {@code permissions}, atomically. */
    public static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(permissions, "permissions");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        createPrivateDirectories(dir);
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (POSIX) {
                Files.setPosixFilePermissions(tmp, permissions);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /** Creates {@code dir} and its missing parents; the ones created here get {@link #PRIVATE_DIR}. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            Files.createDirectory(absolute);
            if (POSIX) {
                Files.setPosixFilePermissions(absolute, PRIVATE_DIR);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems cannot open a directory for sync; the rename itself is still atomic there.
        }
    }
}
