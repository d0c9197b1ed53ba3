package dev.donmai.contracts.deployment;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a deployment provider declares about itself.
 *
 * @param supportsRollback     offers {@link DeploymentProvider#rollback()}
 * @param supportsAtomicDeploy a deployment either fully replaces the previous one or leaves it untouched
 * @param regions              regions it deploys to; not empty, {@code *} = any
 */
public record DeploymentCapabilities(boolean supportsRollback, boolean supportsAtomicDeploy, List<String> regions)
        implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    public DeploymentCapabilities {
        regions = FieldChecks.requiredTexts(regions, "regions");
        FieldChecks.check(!regions.isEmpty(), "regions");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.DEPLOYMENT;
    }

    /** True when {@code region} is served ({@link #regions()} names it or holds {@code *}). */
    public boolean servesRegion(String region) {
        return regions.contains("*") || regions.contains(region);
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("supportsRollback", "Rollback");
        m.put("supportsAtomicDeploy", "Atomic deploys");
        m.put("regions", "Regions");
        return Collections.unmodifiableMap(m);
    }
}
