package dev.donmai.contracts.provider;

/** Operating systems a provider can serve. */
public enum Os implements WireValue {
    LINUX, MACOS, WINDOWS;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
