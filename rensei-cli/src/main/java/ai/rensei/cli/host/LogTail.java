package ai.rensei.cli.host;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Finds where the last N lines of a file start by reading backwards from the end in blocks, so {@code -n 50} on a
 * 50 MiB log reads a few kilobytes. A final line without a newline counts as a line.
 */
final class LogTail {

    static final int BLOCK_SIZE = 8192;

    private LogTail() {
    }

    /**
     * The offset of the first of the last {@code lines} lines before {@code end}; 0 when the file has fewer or when
     * {@code lines} is 0 (the whole file).
     */
    static long startOfLastLines(SeekableByteChannel channel, long end, int lines) throws IOException {
        if (lines <= 0) {
            return 0;
        }
        ByteBuffer block = ByteBuffer.allocate(BLOCK_SIZE);
        long position = end;
        int newlines = 0;
        boolean lastByte = true;
        while (position > 0) {
            int length = (int) Math.min(BLOCK_SIZE, position);
            position -= length;
            block.clear().limit(length);
            readFully(channel, block, position);
            for (int i = length - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    // The newline ending the file closes the last line; it does not start one.
                    if (!lastByte && ++newlines == lines) {
                        return position + i + 1;
                    }
                }
                lastByte = false;
            }
        }
        return 0;
    }

    private static void readFully(SeekableByteChannel channel, ByteBuffer buffer, long position) throws IOException {
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("file shrank while reading");
            }
        }
    }
}
