package dev.donmai.runtime.internal.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.SignatureAlgorithm;
import dev.donmai.contracts.provider.SignatureCheck;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.TestSigner;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private final SignatureVerifier verifier = new SignatureVerifier();
    private final TestSigner signer = new TestSigner("acme");
    private final ProviderManifest<FakeCapabilities> manifest = FakeProviderFactory.manifest("box").build();

    @Test
    void aSignatureOverTheCanonicalManifestIsValid() {
        assertThat(verifier.check(manifest, Optional.of(signer.sign(manifest)))).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void noSignatureIsAbsent() {
        assertThat(verifier.check(manifest, Optional.empty())).isEqualTo(SignatureCheck.ABSENT);
    }

    @Test
    void aFlippedSignatureBitIsInvalid() {
        ProviderSignature tampered = TestSigner.tampered(signer.sign(manifest));

        assertThat(verifier.check(manifest, Optional.of(tampered))).isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void aSignatureOfAnotherManifestIsInvalid() {
        ProviderSignature forOther = signer.sign(FakeProviderFactory.manifest("box").license("MIT").build());

        assertThat(verifier.check(manifest, Optional.of(forOther))).isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void aWrongManifestHashIsInvalidEvenWithAGoodSignature() {
        ProviderSignature good = signer.sign(manifest);
        ProviderSignature badHash = new ProviderSignature(good.signer(), good.publicKey(), good.algorithm(),
                good.signatureValue(), "00".repeat(32), good.attestedAt(), good.attestations());

        assertThat(verifier.check(manifest, Optional.of(badHash))).isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void anotherKeyIsInvalid() {
        ProviderSignature good = signer.sign(manifest);
        ProviderSignature otherKey = new ProviderSignature(good.signer(), new TestSigner("x").publicKey(),
                good.algorithm(), good.signatureValue(), good.manifestHash(), good.attestedAt(), good.attestations());

        assertThat(verifier.check(manifest, Optional.of(otherKey))).isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void undecodableMaterialIsInvalid() {
        ProviderSignature good = signer.sign(manifest);
        ProviderSignature garbage = new ProviderSignature(good.signer(), "not base64!", good.algorithm(),
                good.signatureValue(), good.manifestHash(), good.attestedAt(), good.attestations());

        assertThat(verifier.check(manifest, Optional.of(garbage))).isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void algorithmsOtherThanEd25519AreUnverifiable() {
        ProviderSignature good = signer.sign(manifest);
        ProviderSignature sigstore = new ProviderSignature(good.signer(), good.publicKey(), SignatureAlgorithm.SIGSTORE,
                good.signatureValue(), good.manifestHash(), good.attestedAt(), good.attestations());

        assertThat(verifier.check(manifest, Optional.of(sigstore))).isEqualTo(SignatureCheck.UNVERIFIABLE);
    }
}
