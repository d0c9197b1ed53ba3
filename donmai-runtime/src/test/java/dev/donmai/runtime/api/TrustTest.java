package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.SignatureAlgorithm;
import dev.donmai.contracts.provider.SignatureCheck;
import dev.donmai.contracts.provider.TrustMode;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.RecordingHookListener;
import dev.donmai.runtime.fakes.TestRegistries;
import dev.donmai.runtime.fakes.TestSigner;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust modes, signatures and contract versions decide which providers load (contracts.md §2.2, §2.5). */
class TrustTest {

    private static final ProviderRef BOX = new ProviderRef(ProviderFamily.SANDBOX, "box", "1.0.0", ScopeLevel.GLOBAL);
    private static final ProviderManifest<FakeCapabilities> MANIFEST = FakeProviderFactory.manifest("box").build();

    @TempDir
    Path stateHome;

    private final TestSigner acme = new TestSigner("acme");
    private final RecordingHookListener hooks = new RecordingHookListener();
    private ProviderRegistry registry;

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    private FakeProviderFactory load(RegistryConfig.Builder config, UnaryOperator<FakeProvider> shape) {
        FakeProviderFactory factory = new FakeProviderFactory(MANIFEST, shape);
        registry = ProviderRegistry.create(config.build());
        registry.addListener(hooks);
        registry.register(factory);
        registry.load();
        return factory;
    }

    private RegistryConfig.Builder allowlistMode() {
        return TestRegistries.config(stateHome).trustMode(TrustMode.SIGNED_BY_ALLOWLIST);
    }

    private void assertRejected(SignatureCheck check, TrustMode mode, String reason) {
        assertThat(registry.providers()).isEmpty();
        assertThat(hooks.events(ProviderHookEvent.TrustRejected.class)).singleElement().satisfies(event -> {
            assertThat(event.provider()).isEqualTo(BOX);
            assertThat(event.check()).isEqualTo(check);
            assertThat(event.mode()).isEqualTo(mode);
            assertThat(event.reason()).isEqualTo(reason);
            assertThat(event.eventId()).startsWith("hk_");
            assertThat(event.kind()).isEqualTo("trust-rejected");
        });
    }

    @Test
    void aValidSignatureByAnAllowlistedSignerActivates() {
        FakeProviderFactory factory = load(allowlistMode().allowSigner("acme", acme.publicKey()),
                p -> p.signedWith(acme.sign(MANIFEST)));

        assertThat(registry.providers()).containsExactly(BOX);
        registry.activate(BOX);
        assertThat(factory.only().active()).isTrue();
        assertThat(hooks.events(ProviderHookEvent.TrustRejected.class)).isEmpty();
    }

    @Test
    void aTamperedSignatureNeverActivatesEvenWhenPermissive() {
        FakeProviderFactory factory = load(TestRegistries.config(stateHome),
                p -> p.signedWith(TestSigner.tampered(acme.sign(MANIFEST))));

        assertRejected(SignatureCheck.INVALID, TrustMode.PERMISSIVE, "signature invalid");
        assertThat(factory.only().activations()).isZero();
    }

    @Test
    void aTamperedSignatureIsRejectedUnderTheAllowlist() {
        load(allowlistMode().allowSigner("acme", acme.publicKey()),
                p -> p.signedWith(TestSigner.tampered(acme.sign(MANIFEST))));

        assertRejected(SignatureCheck.INVALID, TrustMode.SIGNED_BY_ALLOWLIST, "signature invalid");
    }

    @Test
    void unsignedIsRejectedUnderTheAllowlist() {
        load(allowlistMode().allowSigner("acme", acme.publicKey()), p -> p);

        assertRejected(SignatureCheck.ABSENT, TrustMode.SIGNED_BY_ALLOWLIST, "signature absent");
    }

    @Test
    void aValidSignatureByAnUnlistedSignerIsRejectedUnderTheAllowlist() {
        TestSigner stranger = new TestSigner("stranger");
        load(allowlistMode().allowSigner("acme", acme.publicKey()), p -> p.signedWith(stranger.sign(MANIFEST)));

        assertRejected(SignatureCheck.VALID, TrustMode.SIGNED_BY_ALLOWLIST, "signer not allowlisted with this key");
    }

    @Test
    void anAllowlistedNameWithAnotherKeyIsRejected() {
        TestSigner impostor = new TestSigner("acme");
        load(allowlistMode().allowSigner("acme", acme.publicKey()), p -> p.signedWith(impostor.sign(MANIFEST)));

        assertRejected(SignatureCheck.VALID, TrustMode.SIGNED_BY_ALLOWLIST, "signer not allowlisted with this key");
    }

    @Test
    void signedByAnyoneAcceptsAnyValidSignature() {
        load(TestRegistries.config(stateHome).trustMode(TrustMode.SIGNED_BY_ANYONE),
                p -> p.signedWith(new TestSigner("anyone").sign(MANIFEST)));

        assertThat(registry.providers()).containsExactly(BOX);
    }

    @Test
    void attestedAcceptsNothingWhileAttestationsAreNotVerified() {
        load(TestRegistries.config(stateHome).trustMode(TrustMode.ATTESTED).allowSigner("acme", acme.publicKey()),
                p -> p.signedWith(acme.sign(MANIFEST)));

        assertRejected(SignatureCheck.VALID, TrustMode.ATTESTED, "no verified attestation");
    }

    @Test
    void permissiveAcceptsUnsignedAndUnverifiable() {
        ProviderSignature good = acme.sign(MANIFEST);
        ProviderSignature sigstore = new ProviderSignature(good.signer(), good.publicKey(), SignatureAlgorithm.SIGSTORE,
                good.signatureValue(), good.manifestHash(), good.attestedAt(), good.attestations());
        load(TestRegistries.config(stateHome), p -> p.signedWith(sigstore));

        assertThat(registry.providers()).containsExactly(BOX);
    }

    @Test
    void unverifiableIsRejectedWhenASignatureIsRequired() {
        ProviderSignature good = acme.sign(MANIFEST);
        ProviderSignature minisign = new ProviderSignature(good.signer(), good.publicKey(), SignatureAlgorithm.MINISIGN,
                good.signatureValue(), good.manifestHash(), good.attestedAt(), good.attestations());
        load(TestRegistries.config(stateHome).trustMode(TrustMode.SIGNED_BY_ANYONE), p -> p.signedWith(minisign));

        assertRejected(SignatureCheck.UNVERIFIABLE, TrustMode.SIGNED_BY_ANYONE, "signature unverifiable");
    }

    @Test
    void anUnacceptedApiVersionIsDroppedWithoutFailingTheLoad() {
        FakeProviderFactory future = new FakeProviderFactory(
                FakeProviderFactory.manifest("future").apiVersion("donmai.dev/v2").build(), p -> p);
        FakeProviderFactory current = FakeProviderFactory.sandbox("current");
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        registry.register(future);
        registry.register(current);
        registry.load();

        assertThat(registry.providers()).extracting(ProviderRef::id).containsExactly("current");
        assertThat(future.created()).isEmpty();
    }

    @Test
    void acceptedApiVersionsAreConfiguration() {
        FakeProviderFactory future = new FakeProviderFactory(
                FakeProviderFactory.manifest("future").apiVersion("donmai.dev/v2").build(), p -> p);
        registry = ProviderRegistry.create(TestRegistries.config(stateHome)
                .acceptedApiVersions(Set.of("donmai.dev/v1", "donmai.dev/v2"))
                .build());
        registry.register(future);
        registry.load();

        assertThat(registry.providers()).extracting(ProviderRef::id).containsExactly("future");
    }
}
