package dev.donmai.contracts.provider;

/** An operator's one-time exception to the trust mode; every use is logged. */
public enum TrustOverride implements WireValue {
    ALLOWED_THIS_ONCE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
