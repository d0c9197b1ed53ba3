package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import java.util.Locale;

/** The operating system and architecture this JVM runs on, as the contracts name them. */
final class FakePlatform {

    private FakePlatform() {
    }

    static Os os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("mac") || name.contains("darwin")) {
            return Os.MACOS;
        }
        return name.contains("win") ? Os.WINDOWS : Os.LINUX;
    }

    static Arch arch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return arch.contains("aarch64") || arch.contains("arm64") ? Arch.ARM64 : Arch.X86_64;
    }
}
