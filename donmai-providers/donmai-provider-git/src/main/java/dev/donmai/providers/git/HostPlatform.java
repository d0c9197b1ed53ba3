package dev.donmai.providers.git;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import java.util.Locale;

/**
 * The operating system and architecture this JVM runs on, for the capabilities a manifest declares: a git workarea
 * lives on the machine that runs the provider. Reads JVM system properties only (no environment).
 */
final class HostPlatform {

    private HostPlatform() {
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
        return arch.equals("aarch64") || arch.equals("arm64") ? Arch.ARM64 : Arch.X86_64;
    }
}
