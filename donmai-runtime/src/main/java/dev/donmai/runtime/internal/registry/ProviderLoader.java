package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.runtime.api.ProviderKey;
import dev.donmai.runtime.api.RegistryConfig;
import dev.donmai.runtime.internal.trust.TrustDecision;
import dev.donmai.runtime.internal.trust.TrustPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns discovered factories into loaded providers (contracts.md §2.1, §2.2, §2.5): drops manifests with an
 * unaccepted {@code apiVersion}, creates one provider per configuration, drops the ones the trust policy rejects,
 * and fails on a scope conflict. Creates, never activates.
 */
final class ProviderLoader {

    private static final System.Logger LOG = System.getLogger(ProviderLoader.class.getName());

    private final RegistryConfig config;
    private final TrustPolicy trust;
    private final HookEvents events;

    ProviderLoader(RegistryConfig config, TrustPolicy trust, HookEvents events) {
        this.config = config;
        this.trust = trust;
        this.events = events;
    }

    /**
     * The providers to register, in factory then configuration order.
     *
     * @throws ProviderException.ScopeConflict when two share family, id and scope level
     * @throws ProviderException when a factory cannot create its provider from its configuration
     */
    List<LoadedProvider> load(List<ProviderFactory> factories) {
        List<LoadedProvider> loaded = new ArrayList<>();
        for (ProviderFactory factory : factories) {
            Optional<ProviderManifest<?>> found = manifestOf(factory);
            if (found.isEmpty() || !acceptsVersion(found.get())) {
                continue;
            }
            ProviderManifest<?> manifest = found.get();
            for (ProviderConfig providerConfig : config.configsFor(new ProviderKey(manifest.family(), manifest.id()))) {
                Provider<?> provider = create(factory, manifest, providerConfig);
                if (isTrusted(provider)) {
                    loaded.add(new LoadedProvider(provider, provider.scope(), loaded.size()));
                }
            }
        }
        requireNoScopeConflict(loaded);
        return List.copyOf(loaded);
    }

    private static Optional<ProviderManifest<?>> manifestOf(ProviderFactory factory) {
        try {
            return Optional.of(factory.manifest());
        } catch (RuntimeException | LinkageError e) {
            // Nothing about such a provider can be trusted or configured; skip it rather than stop every other one.
            LOG.log(System.Logger.Level.ERROR, () -> "skipping provider factory " + factory.getClass().getName()
                    + ": its manifest is unreadable (" + e.getClass().getName() + ")");
            return Optional.empty();
        }
    }

    private boolean acceptsVersion(ProviderManifest<?> manifest) {
        if (config.acceptedApiVersions().contains(manifest.apiVersion())) {
            return true;
        }
        ProviderException violation = new ProviderException.ContractViolation(
                ProviderException.ViolationCode.UNSUPPORTED_CONTRACT_VERSION, "apiVersion");
        LOG.log(System.Logger.Level.WARNING, () -> "dropping provider " + manifest.family().wire() + "/"
                + manifest.id() + "@" + manifest.version() + ": " + violation.getMessage() + " '"
                + manifest.apiVersion() + "' is not one of " + config.acceptedApiVersions());
        return false;
    }

    /**
     * Configuration errors are the operator's to fix, so they fail the load instead of hiding a provider; so does a
     * provider whose manifest differs from its factory's, since trust and configuration were decided on the latter.
     */
    private static Provider<?> create(ProviderFactory factory, ProviderManifest<?> manifest, ProviderConfig providerConfig) {
        String name = manifest.family().wire() + "/" + manifest.id();
        Provider<?> provider;
        try {
            provider = factory.create(providerConfig);
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a jar built against another contracts version fails here, not at discovery.
            throw new ProviderException.OperationFailed("create " + name, "factory-threw", false, e);
        }
        if (provider == null || !manifest.equals(provider.manifest())) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                    name + ".manifest");
        }
        if (provider.scope() == null) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD,
                    name + ".scope");
        }
        return provider;
    }

    private boolean isTrusted(Provider<?> provider) {
        ProviderScope scope = provider.scope();
        ProviderRef ref = ProviderRef.of(provider.manifest(), scope.level());
        // A provider answering null instead of Optional.empty() is treated as unsigned, never as trusted.
        Optional<ProviderSignature> signature = Objects.requireNonNullElse(provider.signature(), Optional.empty());
        TrustDecision decision = trust.decide(provider.manifest(), signature);
        if (decision.accepted()) {
            return true;
        }
        LOG.log(System.Logger.Level.WARNING, () -> "provider " + ref + " rejected under trust mode "
                + trust.mode().wire() + ": " + decision.reason());
        events.trustRejected(ref, decision.check(), trust.mode(), decision.reason());
        return false;
    }

    private static void requireNoScopeConflict(List<LoadedProvider> loaded) {
        Set<List<Object>> seen = new HashSet<>();
        for (LoadedProvider provider : loaded) {
            ProviderRef ref = provider.ref();
            if (!seen.add(List.of(ref.family(), ref.id(), ref.level()))) {
                throw new ProviderException.ScopeConflict(ref.family(), ref.id(), ref.level());
            }
        }
    }
}
