package dev.donmai.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits, within a bound, until creating files is as cheap as it gets on this file system. On ext4 without a journal
 * the inode allocator skips every inode deleted in the last minute or more one by one ({@code recently_deleted()}),
 * so for minutes after a mass delete (a previous benchmark's cleanup, another build's test fixtures) each file
 * creation costs hundreds of microseconds instead of tens, and a {@code git clone} of 10 000 files takes seconds
 * instead of a few hundred milliseconds. A baseline measured then says more about the last delete than about git.
 *
 * <p>The probe creates {@value #PROBE_FILES} empty files in a new directory and leaves them in place (deleting them
 * would add to what it measures); the caller deletes its work directory at the end.
 */
final class FsQuiet {

    static final int PROBE_FILES = 200;

    /** What the wait saw. */
    record Report(List<Double> probesUs, double waitedSeconds, boolean quiet) {
    }

    private FsQuiet() {
    }

    /** Average microseconds per empty-file creation in a new directory under {@code parent}. */
    static double probeUs(Path parent) {
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, "probe-");
            long t0 = System.nanoTime();
            for (int i = 0; i < PROBE_FILES; i++) {
                Files.createFile(dir.resolve("f" + i));
            }
            return (System.nanoTime() - t0) / 1_000.0 / PROBE_FILES;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot probe " + parent, e);
        }
    }

    /**
     * Probes every {@code intervalSeconds} until a probe costs at most {@code quietUs} per file or
     * {@code maxWaitSeconds} have passed (0: probe once, never wait).
     */
    static Report await(Path parent, double quietUs, int maxWaitSeconds, int intervalSeconds, PrintStream log) {
        List<Double> probes = new ArrayList<>();
        long start = System.nanoTime();
        while (true) {
            double us = probeUs(parent);
            probes.add(Stats.round(us, 1));
            double waited = (System.nanoTime() - start) / 1e9;
            if (us <= quietUs) {
                return new Report(probes, Stats.round(waited, 1), true);
            }
            if (waited + intervalSeconds > maxWaitSeconds) {
                log.printf("file creation still costs %.0f us (quiet: <= %.0f us) after %.0f s; measuring anyway%n",
                        us, quietUs, waited);
                return new Report(probes, Stats.round(waited, 1), false);
            }
            log.printf("file creation costs %.0f us (quiet: <= %.0f us); waiting %d s for the file system%n", us,
                    quietUs, intervalSeconds);
            try {
                Thread.sleep(intervalSeconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Report(probes, Stats.round(waited, 1), false);
            }
        }
    }
}
