package dev.donmai.contracts.registry;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an agent-registry provider declares about itself.
 *
 * @param sources                where its agent definitions come from; not empty
 * @param supportsVersionPinning resolves {@link AgentRef}s with a version
 */
public record AgentRegistryCapabilities(Set<AgentSource> sources, boolean supportsVersionPinning)
        implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    public AgentRegistryCapabilities {
        sources = FieldChecks.requiredSet(sources, "sources");
        FieldChecks.check(!sources.isEmpty(), "sources");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.AGENT_REGISTRY;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sources", "Sources");
        m.put("supportsVersionPinning", "Version pinning");
        return Collections.unmodifiableMap(m);
    }
}
