package dev.donmai.runtime.api.daemon.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One pinned orchestrator signing key, {@code orchestrator.signingKeys[]} (D18, protocol.md §4 "Keys"): an Ed25519
 * public key, which is not secret material.
 *
 * @param publicKey standard base64 of the raw 32-byte key (a PEM SPKI given in the file is reduced to this)
 * @param keyId     lower-case hex of the first 8 bytes of SHA-256(raw key)
 */
public record SigningKey(String publicKey, String keyId) {

    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final Pattern PEM_ARMOUR = Pattern.compile("-----(BEGIN|END) PUBLIC KEY-----");

    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        byte[] raw = decode(Objects.requireNonNull(publicKey, "publicKey"))
                .orElseThrow(() -> new IllegalArgumentException("publicKey must be a base64 Ed25519 public key"));
        publicKey = Base64.getEncoder().encodeToString(raw);
        if (!keyId.equals(keyIdOf(raw))) {
            throw new IllegalArgumentException("keyId does not match the key");
        }
    }

    /** A pinned key whose id is derived from the key text. */
    public static SigningKey of(String publicKey) {
        byte[] raw = decode(publicKey)
                .orElseThrow(() -> new IllegalArgumentException("publicKey must be a base64 Ed25519 public key"));
        return new SigningKey(publicKey, keyIdOf(raw));
    }

    /** The raw 32 key bytes. */
    public byte[] raw() {
        return Base64.getDecoder().decode(publicKey);
    }

    /**
     * The raw 32 bytes of a key text: standard base64 of the raw key, or of its SPKI encoding, with or without PEM
     * armour; empty when the text is neither.
     */
    public static Optional<byte[]> decode(String text) {
        String body = PEM_ARMOUR.matcher(text).replaceAll("").replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length == 32) {
            return Optional.of(bytes);
        }
        if (bytes.length == SPKI_PREFIX.length + 32
                && MessageDigest.isEqual(java.util.Arrays.copyOf(bytes, SPKI_PREFIX.length), SPKI_PREFIX)) {
            return Optional.of(java.util.Arrays.copyOfRange(bytes, SPKI_PREFIX.length, bytes.length));
        }
        return Optional.empty();
    }

    /** The key id of raw key bytes. */
    public static String keyIdOf(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
