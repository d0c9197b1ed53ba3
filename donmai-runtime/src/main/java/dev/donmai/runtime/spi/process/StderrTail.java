package dev.donmai.runtime.spi.process;

import dev.donmai.contracts.provider.Nullable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a harness's stderr (sessions.md §6): the whole of it goes to a log file (normally
 * {@code .agent/harness.stderr.log}) up to a cap, and the last bytes stay in memory for error messages such as
 * {@code silent-exit}. Thread-safe; never throws on write (a log that cannot be written is given up, counted, and
 * the in-memory tail still works).
 */
public final class StderrTail implements AutoCloseable {

    /** The in-memory tail (2 KiB). */
    public static final int DEFAULT_TAIL_BYTES = 2 * 1024;
    /** The log file cap (10 MiB). */
    public static final long DEFAULT_LOG_CAP_BYTES = 10L * 1024 * 1024;

    private final byte[] ring;
    private final long logCap;
    private final @Nullable Path logFile;
    private @Nullable OutputStream log;
    private boolean logFailed;
    private long total;
    private long logged;

    private StderrTail(@Nullable Path logFile, int tailBytes, long logCap) {
        if (tailBytes <= 0 || logCap < 0) {
            throw new IllegalArgumentException("tailBytes must be positive and logCap not negative");
        }
        this.ring = new byte[tailBytes];
        this.logCap = logCap;
        this.logFile = logFile;
    }

    /** A tail of {@value #DEFAULT_TAIL_BYTES} bytes that also logs to {@code logFile} (≤ 10 MiB; parents created). */
    public static StderrTail toFile(Path logFile) {
        return new StderrTail(logFile, DEFAULT_TAIL_BYTES, DEFAULT_LOG_CAP_BYTES);
    }

    /** A tail of {@value #DEFAULT_TAIL_BYTES} bytes with no log file. */
    public static StderrTail inMemory() {
        return new StderrTail(null, DEFAULT_TAIL_BYTES, 0);
    }

    /** A tail with explicit sizes; {@code logFile} may be null. */
    public static StderrTail of(@Nullable Path logFile, int tailBytes, long logCapBytes) {
        return new StderrTail(logFile, tailBytes, logCapBytes);
    }

    /** Appends {@code len} bytes of {@code bytes} from {@code off}. */
    public synchronized void write(byte[] bytes, int off, int len) {
        for (int i = 0; i < len; i++) {
            ring[(int) ((total + i) % ring.length)] = bytes[off + i];
        }
        total += len;
        appendToLog(bytes, off, len);
    }

    /** Appends one line (a newline is added). */
    public void writeLine(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
    }

    /** The last bytes seen (at most the tail size), decoded as UTF-8; a character cut at the start is dropped. */
    public synchronized String tail() {
        int size = (int) Math.min(total, ring.length);
        byte[] last = new byte[size];
        long start = total - size;
        for (int i = 0; i < size; i++) {
            last[i] = ring[(int) ((start + i) % ring.length)];
        }
        int skip = 0;
        while (skip < size && start > 0 && (last[skip] & 0xC0) == 0x80) {
            skip++; // a continuation byte: the character began before the tail
        }
        return new String(last, skip, size - skip, StandardCharsets.UTF_8);
    }

    /** Every byte seen, logged or not. */
    public synchronized long totalBytes() {
        return total;
    }

    /** Bytes written to the log file. */
    public synchronized long loggedBytes() {
        return logged;
    }

    /** True when some stderr did not reach the log (cap reached or the file could not be written). */
    public synchronized boolean logTruncated() {
        return logFile != null && logged < total;
    }

    /** Flushes and closes the log file; idempotent. The tail stays readable. */
    @Override
    public synchronized void close() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                logFailed = true;
            }
            log = null;
        }
        logFailed = true; // nothing more is logged after close
    }

    private void appendToLog(byte[] bytes, int off, int len) {
        if (logFile == null || logFailed || logged >= logCap) {
            return;
        }
        try {
            if (log == null) {
                Path parent = logFile.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                log = Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            int n = (int) Math.min(len, logCap - logged);
            log.write(bytes, off, n);
            log.flush();
            logged += n;
        } catch (IOException e) {
            logFailed = true;
        }
    }
}
