package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.session.SessionKey;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The on-disk layout of the local sandboxes: {@code <root>/<organizationId>/<externalId>/}, each directory private
 * to the user (0700 where the file system has POSIX permissions). Removing a sandbox first renames its directory
 * into {@code <root>/.trash/} (one atomic step, so a terminated sandbox is never found again), then deletes it within
 * the caller's time budget; what is left is purged on the next call. Deletion never follows symbolic links.
 */
final class SandboxDirectories {

    /** Organization ids start with a letter or digit, so this name never collides with one. */
    static final String TRASH = ".trash";

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path root;
    private final Path trash;

    private SandboxDirectories(Path root) {
        this.root = root;
        this.trash = root.resolve(TRASH);
    }

    /** Creates {@code root} (and its trash) when missing and checks it is a writable directory. */
    static SandboxDirectories open(Path root) throws IOException {
        Objects.requireNonNull(root, "root");
        SandboxDirectories directories = new SandboxDirectories(root.toAbsolutePath().normalize());
        directories.ensureDirectory(directories.root, true);
        directories.ensureDirectory(directories.trash, false);
        if (!directories.usable()) {
            throw new IOException("sandbox root is not a writable directory");
        }
        return directories;
    }

    /** The root every sandbox directory is under. */
    Path root() {
        return root;
    }

    /** True while the root is still a writable directory. */
    boolean usable() {
        return Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(root);
    }

    /** Where the sandbox {@code externalId} of {@code session} lives. */
    Path directoryFor(SessionKey session, String externalId) {
        return root.resolve(session.organizationId()).resolve(externalId);
    }

    /** Creates the sandbox directory (and its organization's directory when missing), both private. */
    void create(Path directory) throws IOException {
        ensureDirectory(directory.getParent(), false);
        Files.createDirectory(directory, privateDirectory());
    }

    /**
     * Finds the directory of a sandbox this provider did not track (one provisioned before a restart), by its
     * external id across organizations. Ids of the wrong shape are never resolved against the file system.
     */
    Optional<Path> locate(String externalId) {
        if (ExternalIds.sessionIdOf(externalId).isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> organizations = Files.newDirectoryStream(root,
                p -> Ids.isId(p.getFileName().toString()) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
            for (Path organization : organizations) {
                Path candidate = organization.resolve(externalId);
                if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.of(candidate);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Moves {@code directory} into the trash so it is gone at once; deleting it is {@link #purge}'s job. */
    void retire(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        ensureDirectory(trash, false);
        String name = directory.getFileName() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try {
            Files.move(directory, trash.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // Retired concurrently: nothing left to do.
        }
    }

    /**
     * Deletes what is in the trash until {@code deadlineNanos} ({@link System#nanoTime()} scale).
     *
     * @return true when the trash is empty
     * @throws IOException when a file cannot be deleted
     */
    boolean purge(long deadlineNanos) throws IOException {
        if (!Files.isDirectory(trash, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Deleter deleter = new Deleter(deadlineNanos);
        try (DirectoryStream<Path> retired = Files.newDirectoryStream(trash)) {
            for (Path path : retired) {
                Files.walkFileTree(path, deleter);
                if (deleter.outOfTime) {
                    return false;
                }
            }
        }
        return true;
    }

    private void ensureDirectory(Path directory, boolean withParents) throws IOException {
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (withParents && directory.getParent() != null) {
            Files.createDirectories(directory.getParent());
        }
        try {
            Files.createDirectory(directory, privateDirectory());
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
    }

    private static FileAttribute<?>[] privateDirectory() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    /** Post-order deletion that stops at a deadline and never follows links (the walk does not by default). */
    private static final class Deleter extends SimpleFileVisitor<Path> {
        private final long deadlineNanos;
        private boolean outOfTime;

        Deleter(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
            // Read-only directories (a Go module cache, say) would make their entries undeletable.
            if (POSIX && !Files.isWritable(directory)) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Files.deleteIfExists(file);
            return next();
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
            if (failure != null) {
                throw failure;
            }
            Files.deleteIfExists(directory);
            return next();
        }

        private FileVisitResult next() {
            outOfTime = System.nanoTime() - deadlineNanos > 0;
            return outOfTime ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }
    }
}
