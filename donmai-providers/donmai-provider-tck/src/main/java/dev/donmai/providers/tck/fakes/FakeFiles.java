package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** File helpers of the fakes: copy, delete, unzip, and a content checksum over a tree. */
final class FakeFiles {

    private FakeFiles() {
    }

    /** SHA-256 over {@code prefix} and every regular file's relative path and content digest, in path order. */
    static String checksum(Path root, String prefix) {
        MessageDigest tree = sha256();
        tree.update(prefix.getBytes(StandardCharsets.UTF_8));
        for (Path file : files(root)) {
            tree.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            tree.update((byte) 0);
            try {
                tree.update(sha256().digest(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tree.update((byte) '\n');
        }
        return HexFormat.of().formatHex(tree.digest());
    }

    /** Regular files under {@code root}, sorted by path. */
    static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and everything under it; a missing root is fine. */
    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            try {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Empties {@code dir} but keeps the directory itself. */
    static void clear(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            children.toList().forEach(FakeFiles::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the tree {@code from} to {@code to} (which must not exist). */
    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts a zip archive into {@code dir}, refusing entries that would land outside it. */
    static void unzip(Path zip, Path dir) {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new ProviderException.OperationFailed("acquire", "unsafe-archive-entry", false);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
