package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sandbox provider declares about itself (contracts.md §3.1).
 *
 * @param transportModel                 how host and worker connect
 * @param supportsFsSnapshot             can snapshot the sandbox filesystem (a routing filter only; no verb)
 * @param supportsPauseResume            offers {@link SandboxProvider#pauseResume()}
 * @param supportsCapacityQuery          offers {@link SandboxProvider#capacityProbe()}
 * @param maxConcurrent                  most sandboxes at once; null = unknown (never read as headroom)
 * @param maxSessionDurationSeconds      longest life of one sandbox; null = no limit
 * @param regions                        regions it serves; {@code *} = any
 * @param os                             operating system of its sandboxes
 * @param arch                           architecture of its sandboxes
 * @param idleCostModel                  what an idle sandbox costs
 * @param billingModel                   how running sandboxes are billed
 * @param maxVCpu                        most vCPUs per sandbox; null = no declared limit
 * @param maxMemoryMb                    most memory per sandbox in MiB; null = no declared limit
 * @param supportsGpu                    can attach a GPU
 * @param supportsCustomNetworkPolicy    honours {@link SandboxSpec#networkPolicy()}
 * @param egressDefault                  outbound access when no policy is given
 * @param repositoryAuthorityEnforcement whether the sandbox enforces repository authority itself
 * @param isA2ARemote                    the sandbox is a remote agent reached over A2A
 * @param supportsLogStreaming           offers {@link SandboxProvider#logs()} ([J])
 */
public record SandboxCapabilities(
        TransportModel transportModel,
        boolean supportsFsSnapshot,
        boolean supportsPauseResume,
        boolean supportsCapacityQuery,
        @Nullable Integer maxConcurrent,
        @Nullable Long maxSessionDurationSeconds,
        List<String> regions,
        Os os,
        Arch arch,
        IdleCostModel idleCostModel,
        BillingModel billingModel,
        @Nullable Double maxVCpu,
        @Nullable Long maxMemoryMb,
        boolean supportsGpu,
        boolean supportsCustomNetworkPolicy,
        EgressDefault egressDefault,
        RepositoryAuthorityEnforcement repositoryAuthorityEnforcement,
        boolean isA2ARemote,
        boolean supportsLogStreaming) implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    public SandboxCapabilities {
        FieldChecks.require(transportModel, "transportModel");
        if (maxConcurrent != null) {
            FieldChecks.positive(maxConcurrent, "maxConcurrent");
        }
        if (maxSessionDurationSeconds != null) {
            FieldChecks.positive(maxSessionDurationSeconds, "maxSessionDurationSeconds");
        }
        regions = FieldChecks.requiredTexts(regions, "regions");
        FieldChecks.check(!regions.isEmpty(), "regions");
        FieldChecks.require(os, "os");
        FieldChecks.require(arch, "arch");
        FieldChecks.require(idleCostModel, "idleCostModel");
        FieldChecks.require(billingModel, "billingModel");
        if (maxVCpu != null) {
            FieldChecks.check(maxVCpu > 0 && Double.isFinite(maxVCpu), "maxVCpu");
        }
        if (maxMemoryMb != null) {
            FieldChecks.positive(maxMemoryMb, "maxMemoryMb");
        }
        FieldChecks.require(egressDefault, "egressDefault");
        FieldChecks.require(repositoryAuthorityEnforcement, "repositoryAuthorityEnforcement");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.SANDBOX;
    }

    /** True when {@code region} is served ({@link #regions()} names it or holds {@code *}). */
    public boolean servesRegion(String region) {
        return regions.contains("*") || regions.contains(region);
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("transportModel", "Transport");
        m.put("supportsFsSnapshot", "Filesystem snapshots");
        m.put("supportsPauseResume", "Pause and resume");
        m.put("supportsCapacityQuery", "Capacity query");
        m.put("maxConcurrent", "Max concurrent sandboxes");
        m.put("maxSessionDurationSeconds", "Max session duration (s)");
        m.put("regions", "Regions");
        m.put("os", "Operating system");
        m.put("arch", "Architecture");
        m.put("idleCostModel", "Idle cost");
        m.put("billingModel", "Billing");
        m.put("maxVCpu", "Max vCPUs");
        m.put("maxMemoryMb", "Max memory (MiB)");
        m.put("supportsGpu", "GPU");
        m.put("supportsCustomNetworkPolicy", "Custom network policy");
        m.put("egressDefault", "Default egress");
        m.put("repositoryAuthorityEnforcement", "Repository authority enforcement");
        m.put("isA2ARemote", "Remote A2A agent");
        m.put("supportsLogStreaming", "Log streaming");
        return Collections.unmodifiableMap(m);
    }
}
