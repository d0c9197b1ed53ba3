package dev.donmai.contracts.provider;

/** How settled a provider is; {@code UNSTABLE} warns, {@code REGISTRATION_ONLY} is used for probes only. */
public enum Stability implements WireValue {
    STABLE, BETA, UNSTABLE, REGISTRATION_ONLY;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
