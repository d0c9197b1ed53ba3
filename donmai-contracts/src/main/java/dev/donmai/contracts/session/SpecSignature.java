package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.requireText;

/**
 * The signature of a signed work item (D18, protocol.md §4): Ed25519 over the RFC 8785 canonical JSON of the item as
 * received minus {@code signature}. The record holds what was received; any {@code alg} is accepted here so the
 * verifier can refuse it with cause {@code alg}.
 *
 * @param keyId lowercase hex of the first 8 bytes of SHA-256 of the raw public key
 * @param alg   the algorithm; only {@link #ALG_ED25519} verifies
 * @param value unpadded base64url of the 64 signature bytes
 */
public record SpecSignature(String keyId, String alg, String value) {

    /** The only algorithm v1 accepts. */
    public static final String ALG_ED25519 = "ed25519";

    public SpecSignature {
        requireText(keyId, "signature.keyId");
        requireText(alg, "signature.alg");
        requireText(value, "signature.value");
    }

    /** An Ed25519 signature. */
    public static SpecSignature ed25519(String keyId, String value) {
        return new SpecSignature(keyId, ALG_ED25519, value);
    }

    /** True when {@link #alg()} is {@code ed25519}. */
    public boolean isEd25519() {
        return ALG_ED25519.equals(alg);
    }
}
