package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.registry.AgentDescriptor;
import dev.donmai.contracts.registry.AgentQuery;
import dev.donmai.contracts.registry.AgentRef;
import dev.donmai.contracts.registry.AgentRegistryCapabilities;
import dev.donmai.contracts.registry.AgentRegistryProvider;
import dev.donmai.contracts.registry.AgentSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A read-only registry of three seeded agents: {@code reviewer} 1.0.0 and 1.2.0, {@code writer} 2.0.0. */
public final class FakeAgentRegistryProvider extends FakeProvider<AgentRegistryCapabilities>
        implements AgentRegistryProvider {

    private static final Comparator<AgentDescriptor> ORDER = Comparator.comparing(AgentDescriptor::name)
            .thenComparing(AgentDescriptor::version, FakeAgentRegistryProvider::compareVersions);

    private static final List<AgentDescriptor> AGENTS = List.of(
            agent("reviewer", "1.0.0", "Reviews pull requests"),
            agent("reviewer", "1.2.0", "Reviews pull requests, with inline suggestions"),
            agent("writer", "2.0.0", "Writes documentation"));

    FakeAgentRegistryProvider(ProviderManifest<AgentRegistryCapabilities> manifest, ProviderScope scope) {
        super(manifest, scope);
    }

    @Override
    public List<AgentDescriptor> list(AgentQuery query, Duration timeout) {
        enter("list");
        return AGENTS.stream()
                .filter(a -> query.sources().isEmpty() || query.sources().contains(a.source()))
                .filter(a -> query.text() == null || (a.name() + " " + a.description()).toLowerCase(Locale.ROOT)
                        .contains(query.text().toLowerCase(Locale.ROOT)))
                .sorted(ORDER)
                .limit(query.limit())
                .toList();
    }

    @Override
    public Optional<AgentDescriptor> resolve(AgentRef agentRef, ScopeTarget target, Duration timeout) {
        enter("resolve");
        if (agentRef.version() != null && !capabilities().supportsVersionPinning()) {
            throw new ProviderException.Unsupported("resolve.version");
        }
        return AGENTS.stream()
                .filter(a -> a.name().equals(agentRef.name()))
                .filter(a -> agentRef.version() == null || a.version().equals(agentRef.version()))
                .max(ORDER);
    }

    private static AgentDescriptor agent(String name, String version, String description) {
        return new AgentDescriptor(name, version, description, AgentSource.LOCAL_YAML,
                "agents/" + name + "-" + version + ".yaml", null, List.of("tck"), Map.of());
    }

    /** Numeric comparison of dotted versions, so 1.10.0 sorts after 1.2.0. */
    private static int compareVersions(String a, String b) {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(FakeAgentRegistryProvider::number).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(FakeAgentRegistryProvider::number).toArray();
        return Arrays.compare(x, y);
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
