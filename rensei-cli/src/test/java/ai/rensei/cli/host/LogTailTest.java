package ai.rensei.cli.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void lastLinesWithAndWithoutAFinalNewline() throws IOException {
        assertThat(lastLines("a\nb\nc\n", 2)).containsExactly("b", "c");
        assertThat(lastLines("a\nb\nc", 2)).containsExactly("b", "c");
        assertThat(lastLines("a\nb\nc\n", 5)).containsExactly("a", "b", "c");
        assertThat(lastLines("a\nb\nc\n", 0)).containsExactly("a", "b", "c");
        assertThat(lastLines("", 3)).isEmpty();
        assertThat(lastLines("\n\n", 1)).containsExactly("");
    }

    @Test
    void crlfAndMultiByteCharactersSurvive() throws IOException {
        assertThat(lastLines("one\r\nzwei \u00fc\r\n\u65e5\u672c\r\n", 2)).containsExactly("zwei \u00fc", "\u65e5\u672c");
    }

    @Test
    void linesAcrossBlockBoundariesAreFound() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("line ").append(i).append(' ').append("x".repeat(i % 37)).append('\n');
        }
        List<String> lines = lastLines(text.toString(), 1200);
        assertThat(lines).hasSize(1200);
        assertThat(lines.get(0)).startsWith("line 3800 ");
        assertThat(lines.get(1199)).startsWith("line 4999 ");
    }

    @Test
    void aLargeFileIsReadOnlyAtItsEnd() throws IOException {
        Path file = dir.resolve("big.log");
        String tail = "\ntail one\ntail two\n";
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(64L * 1024 * 1024);
            sparse.seek(sparse.length());
            sparse.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        try (CountingChannel channel = new CountingChannel(Files.newByteChannel(file, StandardOpenOption.READ))) {
            long start = LogTail.startOfLastLines(channel, channel.size(), 2);

            assertThat(channel.size() - start).isEqualTo(tail.length() - 1);
            assertThat(channel.bytesRead).isLessThanOrEqualTo(LogTail.BLOCK_SIZE);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingChannel implements SeekableByteChannel {
        private final SeekableByteChannel delegate;
        private long bytesRead;

        CountingChannel(SeekableByteChannel delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int read = delegate.read(dst);
            bytesRead += Math.max(0, read);
            return read;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() throws IOException {
            return delegate.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            delegate.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return delegate.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return delegate.isOpen();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }

    private List<String> lastLines(String content, int n) throws IOException {
        Path file = Files.writeString(dir.resolve("t" + System.nanoTime() + ".log"), content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        try (LogReader reader = LogReader.openAtLastLines(file, n)) {
            reader.readAvailable(lines::add);
            reader.flushPartial(lines::add);
        }
        return lines;
    }
}
