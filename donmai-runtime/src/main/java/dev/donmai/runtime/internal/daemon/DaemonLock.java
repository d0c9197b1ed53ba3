package dev.donmai.runtime.internal.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code <home>/daemon.lock}: one daemon per state home (host.md §5.1). An OS file lock, so a daemon killed with
 * {@code kill -9} releases it with its process; the file holds the owner's pid for the refusal message.
 */
final class DaemonLock implements AutoCloseable {

    static final String FILE = "daemon.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DaemonLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock; empty when another process (or daemon in this JVM) holds it. */
    static Optional<DaemonLock> tryAcquire(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
        return Optional.of(new DaemonLock(channel, lock));
    }

    /** The pid the lock file names, if readable. */
    static Optional<Long> holder(Path home) {
        try {
            String text = Files.readString(home.resolve(FILE), StandardCharsets.US_ASCII).trim();
            return text.matches("\\d{1,10}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
