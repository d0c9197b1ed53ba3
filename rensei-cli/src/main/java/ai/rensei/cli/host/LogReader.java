package ai.rensei.cli.host;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One open log file read forward from a position, line by line (UTF-8, malformed bytes replaced, {@code \r\n}
 * accepted). A line is handed out once its newline has been written; the unterminated rest waits in a buffer until
 * {@link #flushPartial} (end of a one-shot read, or the file was rotated away).
 */
final class LogReader implements Closeable {

    private final FileChannel channel;
    private final Object fileKey;
    private final ByteBuffer block = ByteBuffer.allocate(LogTail.BLOCK_SIZE);
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private long position;

    private LogReader(FileChannel channel, Object fileKey, long position) {
        this.channel = channel;
        this.fileKey = fileKey;
        this.position = position;
    }

    /** Opens {@code file} positioned at the first of its last {@code lines} lines (0 = the whole file). */
    static LogReader openAtLastLines(Path file, int lines) throws IOException {
        Object key = fileKey(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new LogReader(channel, key, LogTail.startOfLastLines(channel, channel.size(), lines));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Hands every complete line between the position and the current end of the file to {@code sink}. */
    void readAvailable(Consumer<String> sink) throws IOException {
        while (true) {
            block.clear();
            int read = channel.read(block, position);
            if (read <= 0) {
                return;
            }
            position += read;
            for (int i = 0; i < read; i++) {
                byte b = block.get(i);
                if (b == '\n') {
                    sink.accept(takeLine());
                } else {
                    partial.write(b);
                }
            }
        }
    }

    /** Hands out the unterminated last line, if any. */
    void flushPartial(Consumer<String> sink) {
        if (partial.size() > 0) {
            sink.accept(takeLine());
        }
    }

    /** True when the file is now shorter than what was read: it was truncated in place. */
    boolean truncated() throws IOException {
        return channel.size() < position;
    }

    /** Starts over at the beginning of the (truncated) file. */
    void rewind() {
        position = 0;
        partial.reset();
    }

    /**
     * True when {@code file} now names a different file than the one open here (it was rotated and recreated); false
     * while nothing has been recreated yet. Without file keys (some file systems) this is never detected; truncation
     * still is.
     */
    boolean replacedAt(Path file) throws IOException {
        Object current;
        try {
            current = fileKey(file);
        } catch (NoSuchFileException notRecreatedYet) {
            return false;
        }
        return fileKey != null && current != null && !Objects.equals(fileKey, current);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private String takeLine() {
        byte[] bytes = partial.toByteArray();
        partial.reset();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
