package dev.donmai.examples.customsandbox;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.Stability;
import dev.donmai.contracts.sandbox.BillingModel;
import dev.donmai.contracts.sandbox.EgressDefault;
import dev.donmai.contracts.sandbox.IdleCostModel;
import dev.donmai.contracts.sandbox.RepositoryAuthorityEnforcement;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.SandboxTransport;
import dev.donmai.contracts.sandbox.TransportModel;
import java.util.List;
import java.util.Locale;

/**
 * The {@link java.util.ServiceLoader} entry point of {@link TempDirSandboxProvider}, listed in
 * {@code META-INF/services/dev.donmai.contracts.provider.ProviderFactory}.
 *
 * <p>Configuration (all optional, so the provider also loads with an empty configuration):
 * <ul>
 *   <li>{@code registrationUrl}: where the worker would register (dial-out); default
 *       {@value #DEFAULT_REGISTRATION_URL}</li>
 *   <li>{@code maxConcurrent}: how many sandboxes may exist at once; default {@value #DEFAULT_MAX_CONCURRENT}.
 *       The manifest declares that default; a lower configured value is observed, a higher one is refused.</li>
 * </ul>
 */
public final class TempDirSandboxProviderFactory implements ProviderFactory {

    /** The provider id. */
    public static final String ID = "tempdir";
    /** The registration URL used when none is configured: a reference orchestrator on this machine. */
    public static final String DEFAULT_REGISTRATION_URL = "http://127.0.0.1:7734/api/workers/register";
    /** The most sandboxes at once unless configured lower. */
    public static final int DEFAULT_MAX_CONCURRENT = 4;

    /**
     * What the provider can honestly claim: it only makes directories, so the worker dials out, nothing costs
     * anything while idle, pause and resume are bookkeeping, capacity is a count, and there is no GPU, no network
     * policy, no log stream and no resource limit it could enforce.
     */
    public static final SandboxCapabilities CAPABILITIES = new SandboxCapabilities(
            TransportModel.DIAL_OUT,
            false,
            true,
            true,
            DEFAULT_MAX_CONCURRENT,
            null,
            List.of("local"),
            currentOs(),
            currentArch(),
            IdleCostModel.ZERO,
            BillingModel.FIXED,
            null,
            null,
            false,
            false,
            EgressDefault.ALLOW_ALL,
            RepositoryAuthorityEnforcement.NONE,
            false,
            false);

    /** The manifest: readable before any provider code runs, equal to every created provider's. */
    public static final ProviderManifest<SandboxCapabilities> MANIFEST = ProviderManifest
            .builder(ID, "1.0.0", CAPABILITIES)
            .name("Temp-dir sandbox (example)")
            .description("A directory per session under the provider's data directory; runs nothing itself.")
            .author("donmai examples")
            .license("Apache-2.0")
            .stability(Stability.BETA)
            .factory(TempDirSandboxProviderFactory.class)
            .build();

    @Override
    public ProviderManifest<SandboxCapabilities> manifest() {
        return MANIFEST;
    }

    /** Validates the configuration and creates an inactive provider; no I/O, no thread. */
    @Override
    public TempDirSandboxProvider create(ProviderConfig config) {
        config.requireOnlyKeys(List.of("registrationUrl", "maxConcurrent"));
        String url = config.string("registrationUrl").orElse(DEFAULT_REGISTRATION_URL);
        // DialOut validates the URL (absolute http(s), a host, no user info) without echoing it.
        SandboxTransport.DialOut transport = new SandboxTransport.DialOut(url);
        long max = config.integer("maxConcurrent").orElse((long) DEFAULT_MAX_CONCURRENT);
        if (max < 1 || max > DEFAULT_MAX_CONCURRENT) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                    "maxConcurrent");
        }
        return new TempDirSandboxProvider(MANIFEST, config.scope(), transport, (int) max);
    }

    private static Os currentOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("mac") || name.contains("darwin")) {
            return Os.MACOS;
        }
        return name.contains("win") ? Os.WINDOWS : Os.LINUX;
    }

    private static Arch currentArch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return arch.contains("aarch64") || arch.contains("arm64") ? Arch.ARM64 : Arch.X86_64;
    }
}
