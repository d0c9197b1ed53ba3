package dev.donmai.providers.fixturealpha;

import dev.donmai.runtime.spi.fixture.oss.SpiHelper;

/** Passes A4: a provider that reaches the runtime only through runtime.spi. */
public final class SpiOnly {
    public static int help() {
        return SpiHelper.help();
    }

    private SpiOnly() {
    }
}
