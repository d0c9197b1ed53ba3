package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.sandbox.BillingModel;
import dev.donmai.contracts.sandbox.EgressDefault;
import dev.donmai.contracts.sandbox.IdleCostModel;
import dev.donmai.contracts.sandbox.RepositoryAuthorityEnforcement;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.TransportModel;
import java.util.List;
import java.util.Optional;

/**
 * Creates {@link LocalSandboxProvider}s (sandbox id {@code local}); listed in
 * {@code META-INF/services/dev.donmai.contracts.provider.ProviderFactory}.
 *
 * <p>Configuration keys, all optional; any other key, and any secret, is {@code UNKNOWN_FIELD}:
 * <ul>
 *   <li>{@code root}: absolute directory for the per-session directories; default {@code <dataDir>/sandboxes};</li>
 *   <li>{@code registrationUrl}: http(s) URL workers dial out to; default {@code http://127.0.0.1:7734};</li>
 *   <li>{@code maxConcurrent}: most live sandboxes, ≥ 1; default none. It is enforced and shapes
 *       {@code estimatedAvailable}, but the declared {@code maxConcurrent} stays unknown, because the manifest is
 *       the same for every configuration.</li>
 * </ul>
 *
 * <p>The capabilities describe the host honestly: dial-out, the JVM's own OS and architecture, no idle cost, fixed
 * billing, open egress without custom policies, no repository authority enforcement, no GPU, region {@code local},
 * capacity queries but no pause/resume, snapshots or log streaming.
 */
public final class LocalSandboxProviderFactory implements ProviderFactory {

    /** The provider id. */
    public static final String ID = "local";
    /** The provider version. */
    public static final String VERSION = "0.1.0";
    /** The one region the local sandbox serves. */
    public static final String REGION = "local";

    private static final Optional<ProviderManifest<SandboxCapabilities>> MANIFEST =
            LocalPlatform.os().flatMap(os -> LocalPlatform.arch().map(arch -> manifest(os, arch)));

    /**
     * The manifest, the same on every call.
     *
     * @throws IllegalStateException when the JVM's {@code os.name} or {@code os.arch} is not one the contracts name
     *         (the registry then skips this provider rather than declare a platform it is not)
     */
    @Override
    public ProviderManifest<SandboxCapabilities> manifest() {
        return MANIFEST.orElseThrow(() -> new IllegalStateException("the local sandbox cannot describe this host: "
                + "os.name '" + System.getProperty("os.name") + "', os.arch '" + System.getProperty("os.arch")
                + "' have no contracts value"));
    }

    /**
     * An inactive provider for {@code config}; no I/O, no thread.
     *
     * @throws ProviderException.ContractViolation {@code UNKNOWN_FIELD} for an unknown key or any secret,
     *         {@code INVALID_VALUE} for a bad value (the key is named, the value never echoed)
     */
    @Override
    public LocalSandboxProvider create(ProviderConfig config) {
        if (config == null) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD,
                    "config");
        }
        return new LocalSandboxProvider(manifest(), config.scope(), LocalSandboxConfig.from(config));
    }

    /** The capabilities of a local sandbox on a host with {@code os} and {@code arch}. */
    static SandboxCapabilities capabilities(Os os, Arch arch) {
        return new SandboxCapabilities(
                TransportModel.DIAL_OUT,
                false,                      // supportsFsSnapshot
                false,                      // supportsPauseResume
                true,                       // supportsCapacityQuery
                null,                       // maxConcurrent: unknown (configuration cannot change the manifest)
                null,                       // maxSessionDurationSeconds: no limit
                List.of(REGION),
                os,
                arch,
                IdleCostModel.ZERO,
                BillingModel.FIXED,
                null,                       // maxVCpu: the host's, not declared
                null,                       // maxMemoryMb: the host's, not declared
                false,                      // supportsGpu
                false,                      // supportsCustomNetworkPolicy
                EgressDefault.ALLOW_ALL,
                RepositoryAuthorityEnforcement.NONE,
                false,                      // isA2ARemote
                false);                     // supportsLogStreaming
    }

    private static ProviderManifest<SandboxCapabilities> manifest(Os os, Arch arch) {
        return ProviderManifest.builder(ID, VERSION, capabilities(os, arch))
                .name("Local sandbox")
                .description("The host machine itself: one private directory per session; workers dial out to "
                        + "the local daemon.")
                .factory(LocalSandboxProviderFactory.class)
                .build();
    }
}
