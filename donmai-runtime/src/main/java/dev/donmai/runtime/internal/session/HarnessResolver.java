package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.SessionEngineConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 1 (sessions.md §3): the harness for a session. {@code auto} is the first installed of {@code claude},
 * {@code codex}, {@code opencode}, else {@code stub} with a warning. "Installed" means the registry has that harness
 * and it activates and does not report itself unhealthy within 5 s (adapters probe their binary with
 * {@code --version} when activated); the answer is cached for the engine's life, as the spec caches the probe.
 */
final class HarnessResolver {

    /** {@code auto}'s preference order. */
    static final List<String> AUTO_ORDER = List.of("claude", "codex", "opencode");
    static final String STUB = "stub";
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    /** The chosen harness. */
    record Chosen(String id, HarnessProvider provider, Optional<String> warning) {
    }

    private final ProviderRegistry registry;
    private final Map<String, Boolean> installed = new ConcurrentHashMap<>();

    HarnessResolver(ProviderRegistry registry) {
        this.registry = registry;
    }

    /** The harness id {@code requested} stands for ({@code auto} resolved), or empty when there is none. */
    Optional<String> idFor(String requested, ScopeTarget target) {
        if (!SessionEngineConfig.AUTO_HARNESS.equals(requested)) {
            return registered(requested, target) ? Optional.of(requested) : Optional.empty();
        }
        for (String id : AUTO_ORDER) {
            if (installed(id, target)) {
                return Optional.of(id);
            }
        }
        return registered(STUB, target) ? Optional.of(STUB) : Optional.empty();
    }

    /**
     * Resolves and activates the harness.
     *
     * @throws ProviderException when it is not registered or cannot be activated
     */
    Chosen resolve(String requested, ScopeTarget target) {
        String id = idFor(requested, target)
                .orElseThrow(() -> new ProviderException.NoProvider(ProviderFamily.AGENT_RUNTIME, requested));
        Optional<String> warning = SessionEngineConfig.AUTO_HARNESS.equals(requested) && STUB.equals(id)
                ? Optional.of("harness-auto-stub: none of claude, codex, opencode is installed; using stub")
                : Optional.empty();
        HarnessProvider provider = registry.acquire(ProviderFamily.AGENT_RUNTIME, id, target, HarnessProvider.class);
        return new Chosen(id, provider, warning);
    }

    private boolean registered(String id, ScopeTarget target) {
        try {
            registry.resolve(ProviderFamily.AGENT_RUNTIME, id, target);
            return true;
        } catch (ProviderException e) {
            return false;
        }
    }

    private boolean installed(String id, ScopeTarget target) {
        return installed.computeIfAbsent(id, key -> {
            try {
                ProviderRef ref = registry.resolve(ProviderFamily.AGENT_RUNTIME, key, target).chosen();
                HarnessProvider provider = (HarnessProvider) registry.activate(ref);
                return !(provider.health(PROBE_TIMEOUT) instanceof ProviderHealth.Unhealthy);
            } catch (RuntimeException e) {
                return false;
            }
        });
    }
}
