package dev.donmai.runtime.internal.daemon;

import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code <home>/control-token} (host.md §3.1): 64 lower-case hex characters, minted and written atomically (0600)
 * at each start before binding. Non-GET requests must carry it as {@code Authorization: Bearer <t>}; the comparison
 * is constant-time. The value is never logged or returned.
 */
final class ControlToken {

    static final String FILE = "control-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] expected;

    private ControlToken(String value) {
        this.expected = ("Bearer " + value).getBytes(StandardCharsets.US_ASCII);
    }

    /** Mints a new token and writes it to {@code <home>/control-token}. */
    static ControlToken mint(Path home) throws IOException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String value = HexFormat.of().formatHex(raw);
        AtomicFiles.writeString(home.resolve(FILE), value + "\n");
        return new ControlToken(value);
    }

    /** True when {@code authorization} is exactly {@code Bearer <token>}. */
    boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, authorization.trim().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ControlToken[***]";
    }
}
