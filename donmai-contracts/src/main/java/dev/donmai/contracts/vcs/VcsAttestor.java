package dev.donmai.contracts.vcs;

import java.time.Duration;
import java.util.Optional;

/**
 * Facet of a {@link VcsProvider} with {@code provenanceNative}: the VCS itself signs who and what made a change.
 * The provider publishes a {@code vcs-attestation} family event for each attestation.
 */
public interface VcsAttestor {

    /** Attests a recorded change with {@code attestation}'s facts. */
    ChangeProvenance attest(VcsWorkspace workspace, ChangeRef change, ChangeAttestation attestation, Duration timeout);

    /** The provenance recorded for a change, if any. */
    Optional<ChangeProvenance> provenance(VcsWorkspace workspace, ChangeRef change, Duration timeout);
}
