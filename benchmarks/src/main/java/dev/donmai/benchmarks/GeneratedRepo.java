package dev.donmai.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The P1 repository (sessions.md §16): {@code dirs} directories of {@code filesPerDir} files of about
 * {@code fileBytes} bytes each (deterministic pseudo-random text, so content does not compress away), one commit on
 * {@code main}, as a bare repository packed into one pack file — what a bare repository on local disk looks like
 * after a push or a gc. The non-bare scratch copy it was committed in stays (in {@code source-work/}) until the
 * caller deletes the whole directory: deleting 10 000 files just before the baseline clones would slow them down
 * on ext4 without a journal, whose inode allocator skips recently deleted inodes one by one
 * ({@code recently_deleted()}), so file creation gets slower for a minute or more after a mass delete.
 */
final class GeneratedRepo {

    static final String BRANCH = "main";

    /** Fixed identity and dates: the same inputs give the same commit id. */
    static final Map<String, String> GIT_ENV = Map.of(
            "GIT_AUTHOR_NAME", "donmai bench", "GIT_AUTHOR_EMAIL", "bench@donmai.invalid",
            "GIT_AUTHOR_DATE", "2024-01-01T00:00:00Z",
            "GIT_COMMITTER_NAME", "donmai bench", "GIT_COMMITTER_EMAIL", "bench@donmai.invalid",
            "GIT_COMMITTER_DATE", "2024-01-01T00:00:00Z");

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 ".toCharArray();
    private static final int LINE = 64;

    private GeneratedRepo() {
    }

    /** What was made. */
    record Made(Path bare, String commit, int files, long bytes) {
    }

    /** Creates the bare repository at {@code parent/source.git}. */
    static Made create(Path parent, int dirs, int filesPerDir, int fileBytes) {
        Path work = parent.resolve("source-work");
        Path bare = parent.resolve("source.git");
        try {
            Files.createDirectories(work);
            SplittableRandom random = new SplittableRandom(42);
            long bytes = 0;
            for (int d = 0; d < dirs; d++) {
                Path dir = Files.createDirectories(work.resolve(String.format("dir%03d", d)));
                for (int f = 0; f < filesPerDir; f++) {
                    String name = String.format("file%03d.txt", f);
                    byte[] content = content(random, dir.getFileName() + "/" + name, fileBytes);
                    Files.write(dir.resolve(name), content);
                    bytes += content.length;
                }
            }
            git(work, "-c", "init.defaultBranch=" + BRANCH, "init", "--quiet");
            git(work, "add", "--all");
            git(work, "-c", "commit.gpgsign=false", "commit", "--quiet", "--no-verify", "-m",
                    "generated: " + dirs + " x " + filesPerDir + " files of ~" + fileBytes + " B");
            git(parent, "clone", "--bare", "--quiet", "--no-local", work.toString(), bare.toString());
            git(bare, "repack", "-a", "-d", "-q");
            git(bare, "prune-packed");
            String commit = git(bare, "rev-parse", "refs/heads/" + BRANCH);
            return new Made(bare, commit, dirs * filesPerDir, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the repository", e);
        }
    }

    private static byte[] content(SplittableRandom random, String header, int size) {
        StringBuilder sb = new StringBuilder(size + LINE);
        sb.append(header).append('\n');
        while (sb.length() < size) {
            int n = Math.min(LINE - 1, size - sb.length() - 1);
            for (int i = 0; i < n; i++) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return Cmd.require(dir, GIT_ENV, command);
    }
}
