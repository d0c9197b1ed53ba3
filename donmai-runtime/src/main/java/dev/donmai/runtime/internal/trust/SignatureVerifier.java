package dev.donmai.runtime.internal.trust;

import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.SignatureAlgorithm;
import dev.donmai.contracts.provider.SignatureCheck;
import dev.donmai.runtime.spi.ManifestCanonicalizer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a manifest signature (contracts.md §2.2). 0.1 verifies {@code ED25519} only: the declared
 * {@code manifestHash} must be the SHA-256 of the manifest's RFC 8785 form and the signature must verify over those
 * bytes with the signature's own public key. Whether that key is trusted is {@link TrustPolicy}'s question.
 */
public final class SignatureVerifier {

    /** The check of {@code signature} over {@code manifest}. */
    public SignatureCheck check(ProviderManifest<?> manifest, Optional<ProviderSignature> signature) {
        if (signature.isEmpty()) {
            return SignatureCheck.ABSENT;
        }
        ProviderSignature sig = signature.get();
        if (sig.algorithm() != SignatureAlgorithm.ED25519) {
            return SignatureCheck.UNVERIFIABLE;
        }
        if (!ManifestCanonicalizer.sha256Hex(manifest).equals(sig.manifestHash().toLowerCase(Locale.ROOT))) {
            return SignatureCheck.INVALID;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(ed25519Key(sig.publicKey()));
            verifier.update(ManifestCanonicalizer.canonicalBytes(manifest));
            return verifier.verify(Base64.getDecoder().decode(sig.signatureValue()))
                    ? SignatureCheck.VALID
                    : SignatureCheck.INVALID;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A key or signature that does not even decode cannot vouch for anything.
            return SignatureCheck.INVALID;
        }
    }

    /** Decodes a Base64 X.509 SubjectPublicKeyInfo Ed25519 key. */
    static PublicKey ed25519Key(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
