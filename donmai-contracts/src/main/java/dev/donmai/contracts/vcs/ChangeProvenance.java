package dev.donmai.contracts.vcs;

import java.time.Instant;

/**
 * A VCS-native statement of who made a change, signed by the VCS.
 *
 * @param changeId       the attested change
 * @param scheme         the identity scheme of {@code signer}
 * @param signer         the signing identity
 * @param signatureValue the signature, encoded as the VCS does (not secret)
 * @param attestedAt     when it was attested
 */
public record ChangeProvenance(
        String changeId,
        IdentityScheme scheme,
        String signer,
        String signatureValue,
        Instant attestedAt) {

    public ChangeProvenance {
        Checks.text(changeId, "changeId");
        Checks.required(scheme, "scheme");
        Checks.text(signer, "signer");
        Checks.text(signatureValue, "signatureValue");
        Checks.required(attestedAt, "attestedAt");
    }
}
