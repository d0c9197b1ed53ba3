package dev.donmai.contracts.provider;

/** The result of checking a provider's manifest signature. */
public enum SignatureCheck implements WireValue {
    VALID, INVALID, UNVERIFIABLE, ABSENT;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
