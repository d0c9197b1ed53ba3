package dev.donmai.runtime.internal.trust;

import dev.donmai.contracts.provider.SignatureCheck;
import java.util.Objects;

/**
 * The outcome of a trust check: the signature check, whether the provider may activate, and a secret-free reason
 * for the log and the {@code trust-rejected} hook.
 */
public record TrustDecision(SignatureCheck check, boolean accepted, String reason) {
    public TrustDecision {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(reason, "reason");
    }
}
