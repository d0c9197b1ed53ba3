package dev.donmai.contracts.provider;

/** Signature schemes a manifest signature may use; 0.1 verifies {@code ED25519} only. */
public enum SignatureAlgorithm implements WireValue {
    SIGSTORE, COSIGN, MINISIGN, ED25519;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
