package dev.donmai.contracts.provider;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A signature over a provider's manifest (only the manifest; trust is not transitive).
 *
 * @param signer         who signed, as named in trust allowlists
 * @param publicKey      the signer's public key (Base64 X.509 SubjectPublicKeyInfo for Ed25519)
 * @param signatureValue Base64 signature over the manifest's RFC 8785 canonical JSON
 * @param manifestHash   hex SHA-256 of that canonical JSON
 */
public record ProviderSignature(
        String signer,
        String publicKey,
        SignatureAlgorithm algorithm,
        String signatureValue,
        String manifestHash,
        Instant attestedAt,
        List<Attestation> attestations) {

    public ProviderSignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(signatureValue, "signatureValue");
        Objects.requireNonNull(manifestHash, "manifestHash");
        Objects.requireNonNull(attestedAt, "attestedAt");
        attestations = List.copyOf(attestations);
    }
}
