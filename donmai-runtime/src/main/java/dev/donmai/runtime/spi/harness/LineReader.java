package dev.donmai.runtime.spi.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads UTF-8 lines from a process pipe with a bound on line length, so a harness that prints one endless line
 * cannot exhaust the heap: the part past {@code maxLineBytes} is skipped (the kept prefix then usually fails to parse
 * and becomes an {@code unparsed} notice). {@code \n} ends a line; a trailing {@code \r} is removed.
 */
final class LineReader {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or empty at end of stream (a last line without {@code \n} is still returned). */
    Optional<String> readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? Optional.of(decode(line)) : Optional.empty();
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int room = maxLineBytes - line.size();
            line.write(buffer, start, Math.max(0, Math.min(position - start, room)));
            if (position < limit) {
                position++; // the '\n'
                return Optional.of(decode(line));
            }
        }
    }

    private static String decode(ByteArrayOutputStream line) {
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
