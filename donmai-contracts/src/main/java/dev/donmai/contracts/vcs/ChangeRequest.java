package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * A change to record.
 *
 * @param message     the change message (without trailers; the provider appends the attestation's)
 * @param paths       workspace-relative paths to include; empty = every change in the workspace
 * @param attestation who and what made the change
 */
public record ChangeRequest(String message, List<String> paths, @Nullable ChangeAttestation attestation) {

    public ChangeRequest {
        FieldChecks.requireText(message, "message");
        paths = FieldChecks.requiredTexts(paths, "paths");
    }

    /**
     * The full message to record: {@link #message()}, followed by the attestation's trailers when there is one
     * ({@link Trailers#appendTo}).
     */
    public String fullMessage() {
        return attestation == null ? Trailers.appendTo(message, List.of()) : Trailers.appendTo(message,
                attestation.trailers());
    }
}
