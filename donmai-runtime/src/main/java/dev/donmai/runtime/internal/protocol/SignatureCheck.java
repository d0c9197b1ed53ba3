package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.config.SigningKey;
import dev.donmai.runtime.spi.CanonicalJson;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Work-item signatures (protocol.md §4): Ed25519 over the RFC 8785 form of the item as received minus its top-level
 * {@code signature}, against the pinned keys. With none pinned nothing is checked.
 */
final class SignatureCheck {

    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private final Map<String, PublicKey> keys;

    SignatureCheck(List<SigningKey> pinned) {
        java.util.HashMap<String, PublicKey> byId = new java.util.HashMap<>();
        for (SigningKey key : pinned) {
            byId.put(key.keyId(), publicKey(key.raw()));
        }
        this.keys = Map.copyOf(byId);
    }

    boolean enforced() {
        return !keys.isEmpty();
    }

    /** The {@code detail.cause} when {@code item} does not verify; empty when it does or nothing is pinned. */
    Optional<String> failure(ObjectNode item) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        JsonNode signature = item.get("signature");
        if (signature == null || !signature.isObject() || !signature.path("value").isTextual()) {
            return Optional.of("missing");
        }
        if (!"ed25519".equals(signature.path("alg").asText())) {
            return Optional.of("alg");
        }
        PublicKey key = keys.get(signature.path("keyId").asText());
        if (key == null) {
            return Optional.of("unknown-key");
        }
        ObjectNode unsigned = item.deepCopy();
        unsigned.remove("signature");
        if (!safeNumbers(unsigned)) {
            return Optional.of("non-canonical");
        }
        byte[] bytes;
        byte[] value;
        try {
            bytes = CanonicalJson.utf8(Json.MAPPER.convertValue(unsigned, Object.class));
            value = Base64.getUrlDecoder().decode(signature.get("value").asText());
        } catch (IllegalArgumentException e) {
            return Optional.of("non-canonical");
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(bytes);
            return verifier.verify(value) ? Optional.empty() : Optional.of("bad-signature");
        } catch (GeneralSecurityException e) {
            return Optional.of("bad-signature");
        }
    }

    /** Integers beyond ±(2^53−1) cannot be canonicalised (I-JSON). */
    private static boolean safeNumbers(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() && Math.abs(node.asLong()) <= MAX_SAFE_INTEGER;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            if (!safeNumbers(it.next())) {
                return false;
            }
        }
        return true;
    }

    private static PublicKey publicKey(byte[] raw) {
        byte[] spki = new byte[SPKI_PREFIX.length + raw.length];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
