package dev.donmai.runtime.internal.session;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Small text helpers of the runner. */
final class Texts {

    private Texts() {
    }

    /** The longest prefix of {@code text} whose UTF-8 encoding fits {@code maxBytes}, never cutting a character. */
    static String truncateUtf8(String text, int maxBytes) {
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        CharBuffer out = CharBuffer.allocate(maxBytes);
        decoder.decode(ByteBuffer.wrap(bytes, 0, maxBytes), out, true);
        out.flip();
        return out.toString();
    }
}
