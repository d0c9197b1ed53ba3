package dev.donmai.contracts.provider;

/** CPU architectures a provider can serve. */
public enum Arch implements WireValue {
    X86_64, ARM64, WASM32;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
