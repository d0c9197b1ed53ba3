package dev.donmai.contracts.registry;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ScopeTarget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A provider of the {@code agent-registry} family; read-only (outbound only). */
public interface AgentRegistryProvider extends Provider<AgentRegistryCapabilities> {

    /** Agents matching {@code query}, at most {@code query.limit()}, ordered by name then version. */
    List<AgentDescriptor> list(AgentQuery query, Duration timeout);

    /**
     * Resolves {@code agentRef} for {@code target}: the agent visible there with that name and, when pinned, that
     * version (else the latest). Empty when there is none.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported when the reference pins a version and
     *         the provider lacks {@code supportsVersionPinning}
     */
    Optional<AgentDescriptor> resolve(AgentRef agentRef, ScopeTarget target, Duration timeout);
}
