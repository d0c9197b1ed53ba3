package dev.donmai.runtime.fakes;

import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.SignatureAlgorithm;
import dev.donmai.runtime.spi.ManifestCanonicalizer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

/** Signs manifests with a freshly generated Ed25519 key, the way a provider author would. */
public final class TestSigner {

    private final String name;
    private final KeyPair keys;

    public TestSigner(String name) {
        this.name = name;
        try {
            this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The Base64 X.509 public key, as it goes into an allowlist. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public ProviderSignature sign(ProviderManifest<?> manifest) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(ManifestCanonicalizer.canonicalBytes(manifest));
            return new ProviderSignature(name, publicKey(), SignatureAlgorithm.ED25519,
                    Base64.getEncoder().encodeToString(signer.sign()), ManifestCanonicalizer.sha256Hex(manifest),
                    TestRegistries.NOW, List.of());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code signature} with one bit of its signature value flipped. */
    public static ProviderSignature tampered(ProviderSignature signature) {
        byte[] bytes = Base64.getDecoder().decode(signature.signatureValue());
        bytes[0] ^= 1;
        return new ProviderSignature(signature.signer(), signature.publicKey(), signature.algorithm(),
                Base64.getEncoder().encodeToString(bytes), signature.manifestHash(), signature.attestedAt(),
                signature.attestations());
    }
}
