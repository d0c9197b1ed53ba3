package dev.donmai.contracts.workarea;

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
 * What a workarea provider declares about itself (contracts.md §3.2).
 *
 * @param cleanGuarantee                   how clean an acquired workarea is
 * @param supportsSnapshot                 offers {@link WorkareaProvider#snapshotter()}
 * @param supportsPauseResume              applies {@code pause} as a real pause (else degrades it)
 * @param supportsResume                   offers {@link WorkareaProvider#resumer()}
 * @param multiRepositoryWorkareaProtocols protocols for multi-repository workareas ([later]; empty = none)
 * @param supportsSharedMode               accepts {@link WorkareaMode#SHARED}
 * @param maxSharedConcurrency             most concurrent holders of one shared workarea; null = unbounded or
 *                                         not shared (always null without {@code supportsSharedMode})
 * @param supportedToolchains              tools whose versions it can resolve, e.g. {@code java}, {@code node};
 *                                         {@code *} = any
 * @param supportsToolchainOnDemand        installs missing toolchains at acquire
 * @param os                               the operating system its workareas live on
 * @param arch                             the architecture its workareas live on
 * @param expectedAcquireMs                expected acquire latency
 * @param expectedReleaseMs                expected release latency
 * @param emitsObservationEvents           advances the {@link WorkareaCursor} with observation events
 */
public record WorkareaCapabilities(
        CleanGuarantee cleanGuarantee,
        boolean supportsSnapshot,
        boolean supportsPauseResume,
        boolean supportsResume,
        List<String> multiRepositoryWorkareaProtocols,
        boolean supportsSharedMode,
        @Nullable Integer maxSharedConcurrency,
        List<String> supportedToolchains,
        boolean supportsToolchainOnDemand,
        Os os,
        Arch arch,
        LatencyMs expectedAcquireMs,
        LatencyMs expectedReleaseMs,
        boolean emitsObservationEvents) implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    public WorkareaCapabilities {
        FieldChecks.require(cleanGuarantee, "cleanGuarantee");
        multiRepositoryWorkareaProtocols = FieldChecks.requiredTexts(multiRepositoryWorkareaProtocols,
                "multiRepositoryWorkareaProtocols");
        if (maxSharedConcurrency != null) {
            FieldChecks.check(supportsSharedMode, "maxSharedConcurrency");
            FieldChecks.positive(maxSharedConcurrency, "maxSharedConcurrency");
        }
        supportedToolchains = FieldChecks.requiredTexts(supportedToolchains, "supportedToolchains");
        FieldChecks.require(os, "os");
        FieldChecks.require(arch, "arch");
        FieldChecks.require(expectedAcquireMs, "expectedAcquireMs");
        FieldChecks.require(expectedReleaseMs, "expectedReleaseMs");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.WORKAREA;
    }

    /** True when {@code tool} is in {@link #supportedToolchains()} or that list holds {@code *}. */
    public boolean supportsToolchain(String tool) {
        return supportedToolchains.contains("*") || supportedToolchains.contains(tool);
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cleanGuarantee", "Clean guarantee");
        m.put("supportsSnapshot", "Snapshots");
        m.put("supportsPauseResume", "Pause and resume");
        m.put("supportsResume", "Resume");
        m.put("multiRepositoryWorkareaProtocols", "Multi-repository protocols");
        m.put("supportsSharedMode", "Shared workareas");
        m.put("maxSharedConcurrency", "Max shared holders");
        m.put("supportedToolchains", "Toolchains");
        m.put("supportsToolchainOnDemand", "Toolchains on demand");
        m.put("os", "Operating system");
        m.put("arch", "Architecture");
        m.put("expectedAcquireMs", "Expected acquire latency (ms)");
        m.put("expectedReleaseMs", "Expected release latency (ms)");
        m.put("emitsObservationEvents", "Observation events");
        return Collections.unmodifiableMap(m);
    }
}
