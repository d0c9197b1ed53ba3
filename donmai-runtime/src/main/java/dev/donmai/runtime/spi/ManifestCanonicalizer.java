package dev.donmai.runtime.spi;

import dev.donmai.contracts.provider.ProviderManifest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The RFC 8785 canonical JSON of a {@link ProviderManifest}: the bytes a manifest signature covers and whose
 * SHA-256 is {@code ProviderSignature.manifestHash} (contracts.md §2.2).
 *
 * <p>The manifest becomes a JSON object of its record components by name; nested records become objects, enums
 * their wire spelling, lists arrays, sets arrays sorted by canonical form, maps objects; absent ({@code null} or
 * empty {@code Optional}) values are omitted. It lives in the SPI so provider authors, who may depend only on
 * {@code runtime.spi} (boundary.md A4), can sign their manifests with exactly the bytes the runtime verifies.
 */
public final class ManifestCanonicalizer {

    private ManifestCanonicalizer() {
    }

    /** The manifest as a JSON tree (maps, lists, strings, numbers, booleans). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> tree(ProviderManifest<?> manifest) {
        return (Map<String, Object>) JsonTree.of(manifest, "");
    }

    /** The canonical JSON text of the manifest. */
    public static String canonicalJson(ProviderManifest<?> manifest) {
        return CanonicalJson.write(tree(manifest));
    }

    /** The UTF-8 bytes of the canonical JSON; what is signed. */
    public static byte[] canonicalBytes(ProviderManifest<?> manifest) {
        return canonicalJson(manifest).getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256 of the canonical bytes; what {@code manifestHash} must equal. */
    public static String sha256Hex(ProviderManifest<?> manifest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes(manifest)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
