package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the JVM's {@code os.name} and {@code os.arch} system properties to the contracts' {@link Os} and
 * {@link Arch}. A value the contracts cannot name is empty rather than guessed: a sandbox that declared the wrong
 * platform would be handed toolchains built for another one.
 */
final class LocalPlatform {

    private LocalPlatform() {
    }

    /** The operating system of this JVM, if the contracts name it. */
    static Optional<Os> os() {
        return os(System.getProperty("os.name", ""));
    }

    /** The architecture of this JVM, if the contracts name it. */
    static Optional<Arch> arch() {
        return arch(System.getProperty("os.arch", ""));
    }

    /** Maps an {@code os.name} value: {@code Linux}, {@code Mac OS X}/{@code Darwin}, {@code Windows …}. */
    static Optional<Os> os(String osName) {
        String name = osName.toLowerCase(Locale.ROOT).trim();
        if (name.startsWith("linux")) {
            return Optional.of(Os.LINUX);
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return Optional.of(Os.MACOS);
        }
        if (name.startsWith("windows")) {
            return Optional.of(Os.WINDOWS);
        }
        return Optional.empty();
    }

    /** Maps an {@code os.arch} value: {@code amd64}/{@code x86_64}/{@code x64}, {@code aarch64}/{@code arm64}. */
    static Optional<Arch> arch(String osArch) {
        String arch = osArch.toLowerCase(Locale.ROOT).trim();
        switch (arch) {
            case "amd64", "x86_64", "x86-64", "x64":
                return Optional.of(Arch.X86_64);
            case "aarch64", "arm64":
                return Optional.of(Arch.ARM64);
            case "wasm32":
                return Optional.of(Arch.WASM32);
            default:
                return Optional.empty();
        }
    }
}
