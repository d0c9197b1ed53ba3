package dev.donmai.contracts.provider;

/** Which signature checks a host accepts before it activates a provider. */
public enum TrustMode implements WireValue {
    /** Anything but an invalid signature (the OSS default). */
    PERMISSIVE,
    /** A valid signature by anyone. */
    SIGNED_BY_ANYONE,
    /** A valid signature by an allowlisted signer. */
    SIGNED_BY_ALLOWLIST,
    /** An allowlisted signature plus at least one verified attestation. */
    ATTESTED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** True when a provider with this check and signer standing may activate under this mode. */
    public boolean accepts(SignatureCheck check, boolean signerAllowlisted, boolean attested) {
        return switch (this) {
            case PERMISSIVE -> check != SignatureCheck.INVALID;
            case SIGNED_BY_ANYONE -> check == SignatureCheck.VALID;
            case SIGNED_BY_ALLOWLIST -> check == SignatureCheck.VALID && signerAllowlisted;
            case ATTESTED -> check == SignatureCheck.VALID && signerAllowlisted && attested;
        };
    }
}
