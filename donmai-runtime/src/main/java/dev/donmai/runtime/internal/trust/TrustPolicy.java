package dev.donmai.runtime.internal.trust;

import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.SignatureCheck;
import dev.donmai.contracts.provider.TrustMode;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a provider may activate under the configured {@link TrustMode} (contracts.md §2.2). A signer is
 * allowlisted only when its name is on the allowlist <em>and</em> the signature carries exactly the allowlisted
 * key, so a stolen name with another key does not pass.
 */
public final class TrustPolicy {

    private final TrustMode mode;
    private final Map<String, String> allowlist;
    private final SignatureVerifier verifier;

    public TrustPolicy(TrustMode mode, Map<String, String> allowlist, SignatureVerifier verifier) {
        this.mode = mode;
        this.allowlist = Map.copyOf(allowlist);
        this.verifier = verifier;
    }

    /** The mode decisions are made under. */
    public TrustMode mode() {
        return mode;
    }

    /** Checks {@code signature} over {@code manifest} and applies the mode. */
    public TrustDecision decide(ProviderManifest<?> manifest, Optional<ProviderSignature> signature) {
        SignatureCheck check = verifier.check(manifest, signature);
        boolean allowlisted = signature.filter(this::isAllowlisted).isPresent();
        // 0.1 verifies no attestation, so ATTESTED accepts nothing yet rather than trusting unchecked statements.
        boolean attested = false;
        if (mode.accepts(check, allowlisted, attested)) {
            return new TrustDecision(check, true, "accepted");
        }
        return new TrustDecision(check, false, reason(check, allowlisted));
    }

    private String reason(SignatureCheck check, boolean allowlisted) {
        if (check != SignatureCheck.VALID) {
            return "signature " + check.wire();
        }
        if (!allowlisted) {
            return "signer not allowlisted with this key";
        }
        return "no verified attestation";
    }

    private boolean isAllowlisted(ProviderSignature signature) {
        String trusted = allowlist.get(signature.signer());
        if (trusted == null) {
            return false;
        }
        try {
            // Compare the decoded keys so Base64 line wrapping or padding differences do not matter.
            return Arrays.equals(Base64.getMimeDecoder().decode(trusted), Base64.getMimeDecoder().decode(signature.publicKey()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
