package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.internal.registry.DefaultProviderRegistry;
import dev.donmai.runtime.spi.ProviderHookListener;
import java.util.List;

/**
 * Discovers providers, checks their contract version and trust, resolves a family (and id) plus a
 * {@link ScopeTarget} to candidates, and activates only the chosen ones (contracts.md §2, §2.5).
 *
 * <p>Life cycle: {@link #create} → {@link #addListener}/{@link #register} → {@link #load()} once → resolve, activate,
 * acquire → {@link #close()}. Sources, in discovery order: the configured class loader's {@code ServiceLoader}, each
 * provider directory's {@code *.jar} files (one child class loader per directory, jars in name order), then
 * programmatic registrations in call order. Providers are created at load and activated lazily; while active they
 * are polled for health and leave rotation when unhealthy (at once) or degraded (after two polls). Thread-safe.
 */
public interface ProviderRegistry extends AutoCloseable {

    /** A new, unloaded registry. */
    static ProviderRegistry create(RegistryConfig config) {
        return new DefaultProviderRegistry(config);
    }

    /** Adds a hook listener; it sees every event emitted after this call. */
    void addListener(ProviderHookListener listener);

    /**
     * Registers a factory in code, after every discovered one.
     *
     * @throws IllegalStateException after {@link #load()}
     */
    void register(ProviderFactory factory);

    /**
     * Discovers and creates every provider. A manifest with an unaccepted {@code apiVersion} is dropped and logged
     * ({@code UNSUPPORTED_CONTRACT_VERSION}); a provider the trust mode rejects is dropped, logged and reported by a
     * {@code trust-rejected} hook. Nothing is activated.
     *
     * @throws ProviderException.ScopeConflict when two providers share family, id and scope level; the registry
     *         then stays unloaded
     * @throws ProviderException when a factory fails to create its provider from its configuration
     * @throws IllegalStateException when called twice or after {@link #close()}
     */
    void load();

    /** Every loaded provider, in discovery and configuration order. */
    List<ProviderRef> providers();

    /** Every loaded provider with its manifest and state, in discovery order; activates nothing. */
    List<ProviderDescription> describe();

    /**
     * The providers of {@code family} with {@code id} that match {@code target} and are in rotation, most specific
     * first: higher scope level, then an exact match of that level's matcher before a glob, then discovery order.
     * Emits one {@code scope-resolved} hook.
     *
     * @throws ProviderException.NoProvider when none matches
     */
    Resolution resolve(ProviderFamily family, String id, ScopeTarget target);

    /** As {@link #resolve(ProviderFamily, String, ScopeTarget)} over every provider of {@code family}. */
    Resolution resolve(ProviderFamily family, ScopeTarget target);

    /**
     * Activates a loaded provider if it is not active yet and returns it; idempotent.
     *
     * @throws ProviderException.ActivationFailed when {@code activate} throws; the provider stays inactive
     * @throws ProviderException.CapabilityMismatch when the observed capabilities fall below the declared ones; the
     *         provider is deactivated and a {@code capability-mismatch} hook is emitted
     * @throws ProviderException.ContractViolation {@code INVALID_REFERENCE} when {@code ref} names no loaded provider
     */
    Provider<?> activate(ProviderRef ref);

    /** Deactivates a provider if it is active; idempotent. */
    void deactivate(ProviderRef ref);

    /** True while {@code ref} is active. */
    boolean isActive(ProviderRef ref);

    /**
     * Resolves {@code family}/{@code id} for {@code target}, activates the chosen provider and returns it as
     * {@code type}. Activation failures propagate; the next candidate is not tried.
     *
     * @throws ProviderException.ContractViolation {@code INVALID_REFERENCE} when the chosen provider is not a
     *         {@code type}
     */
    <P> P acquire(ProviderFamily family, String id, ScopeTarget target, Class<P> type);

    /** Deactivates every active provider, stops polling and the shared scheduler; idempotent. */
    @Override
    void close();
}
