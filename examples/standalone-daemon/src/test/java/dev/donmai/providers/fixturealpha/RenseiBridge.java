package dev.donmai.providers.fixturealpha;

/** Deliberate A10 violation: a brand in an OSS class name. */
public final class RenseiBridge {
    private RenseiBridge() {
    }
}
