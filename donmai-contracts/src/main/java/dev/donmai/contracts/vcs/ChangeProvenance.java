package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
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
        FieldChecks.requireText(changeId, "changeId");
        FieldChecks.require(scheme, "scheme");
        FieldChecks.requireText(signer, "signer");
        FieldChecks.requireText(signatureValue, "signatureValue");
        FieldChecks.require(attestedAt, "attestedAt");
    }
}
