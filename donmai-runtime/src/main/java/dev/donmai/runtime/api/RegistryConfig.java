package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.TrustMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link ProviderRegistry} is configured with. Immutable; build one with {@link #builder(Path)}.
 *
 * @param trustMode            which signature checks are accepted (default {@code PERMISSIVE})
 * @param signerAllowlist      signer name → Base64 X.509 Ed25519 public key; a signer counts as allowlisted only
 *                             when its signature carries exactly this key
 * @param acceptedApiVersions  manifest {@code apiVersion}s loaded; others are dropped (default {@code donmai.dev/v1})
 * @param providerDirectories  directories whose {@code *.jar} files are loaded, one class loader per directory
 *                             (default {@code <stateHome>/providers}, then every {@code --provider-path})
 * @param dataRoot             parent of each provider's private data directory {@code <dataRoot>/<family>/<id>}
 *                             (default {@code <stateHome>/provider-data})
 * @param healthPollInterval   how often active providers' health is polled; also each poll's timeout (default 30 s)
 * @param lifecycleTimeout     the timeout handed to {@code activate} and {@code deactivate} (default 30 s)
 * @param schedulerThreads     size of the scheduler shared by all providers (default 2)
 * @param providerConfigs      the configurations each provider is created from, one instance per entry, in order;
 *                             a provider without an entry is created once from {@link ProviderConfig#empty()}
 * @param clock                the clock of hook events and of every provider's host
 * @param classLoader          where classpath factories are found, and the parent of the directory class loaders
 */
public record RegistryConfig(
        TrustMode trustMode,
        Map<String, String> signerAllowlist,
        Set<String> acceptedApiVersions,
        List<Path> providerDirectories,
        Path dataRoot,
        Duration healthPollInterval,
        Duration lifecycleTimeout,
        int schedulerThreads,
        Map<ProviderKey, List<ProviderConfig>> providerConfigs,
        Clock clock,
        ClassLoader classLoader) {

    public RegistryConfig {
        Objects.requireNonNull(trustMode, "trustMode");
        signerAllowlist = Map.copyOf(signerAllowlist);
        signerAllowlist.forEach(RegistryConfig::requireBase64Key);
        acceptedApiVersions = Set.copyOf(acceptedApiVersions);
        if (acceptedApiVersions.isEmpty()) {
            throw new IllegalArgumentException("acceptedApiVersions is empty: no provider could ever load");
        }
        providerDirectories = List.copyOf(providerDirectories);
        Objects.requireNonNull(dataRoot, "dataRoot");
        requirePositive(healthPollInterval, "healthPollInterval");
        requirePositive(lifecycleTimeout, "lifecycleTimeout");
        if (schedulerThreads < 1) {
            throw new IllegalArgumentException("schedulerThreads must be at least 1");
        }
        Map<ProviderKey, List<ProviderConfig>> configs = new LinkedHashMap<>();
        providerConfigs.forEach((key, list) -> {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("no configuration listed for provider " + key);
            }
            configs.put(key, List.copyOf(list));
        });
        providerConfigs = Map.copyOf(configs);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(classLoader, "classLoader");
    }

    /** A builder with the defaults described on the components, rooted at {@code stateHome}. */
    public static Builder builder(Path stateHome) {
        return new Builder(stateHome);
    }

    /** The configurations to create the provider {@code key} from, in order. */
    public List<ProviderConfig> configsFor(ProviderKey key) {
        return providerConfigs.getOrDefault(key, List.of(ProviderConfig.empty()));
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireBase64Key(String signer, String key) {
        try {
            Base64.getMimeDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            // The key is public, but naming only the signer keeps the message short and uniform.
            throw new IllegalArgumentException("allowlisted key of signer '" + signer + "' is not Base64", e);
        }
    }

    /** Assembles a {@link RegistryConfig}; unset parts take the documented defaults. */
    public static final class Builder {
        private TrustMode trustMode = TrustMode.PERMISSIVE;
        private final Map<String, String> signerAllowlist = new LinkedHashMap<>();
        private Set<String> acceptedApiVersions = Set.of(ProviderManifest.API_VERSION_V1);
        private final List<Path> providerDirectories = new ArrayList<>();
        private Path dataRoot;
        private Duration healthPollInterval = Duration.ofSeconds(30);
        private Duration lifecycleTimeout = Duration.ofSeconds(30);
        private int schedulerThreads = 2;
        private final Map<ProviderKey, List<ProviderConfig>> providerConfigs = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private ClassLoader classLoader = RegistryConfig.class.getClassLoader();

        private Builder(Path stateHome) {
            Objects.requireNonNull(stateHome, "stateHome");
            providerDirectories.add(stateHome.resolve("providers"));
            dataRoot = stateHome.resolve("provider-data");
        }

        public Builder trustMode(TrustMode value) { this.trustMode = value; return this; }

        /** Allowlists {@code signer} with its Base64 X.509 Ed25519 public key. */
        public Builder allowSigner(String signer, String publicKeyBase64) {
            signerAllowlist.put(Objects.requireNonNull(signer, "signer"), Objects.requireNonNull(publicKeyBase64, "key"));
            return this;
        }

        public Builder acceptedApiVersions(Set<String> value) { this.acceptedApiVersions = value; return this; }

        /** Adds a directory after the default one, as {@code --provider-path} does. */
        public Builder providerPath(Path directory) {
            providerDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /** Replaces every provider directory, the default one included. */
        public Builder providerDirectories(List<Path> directories) {
            providerDirectories.clear();
            providerDirectories.addAll(directories);
            return this;
        }

        public Builder dataRoot(Path value) { this.dataRoot = value; return this; }
        public Builder healthPollInterval(Duration value) { this.healthPollInterval = value; return this; }
        public Builder lifecycleTimeout(Duration value) { this.lifecycleTimeout = value; return this; }
        public Builder schedulerThreads(int value) { this.schedulerThreads = value; return this; }

        /** Appends configurations for provider {@code family}/{@code id}; each creates one provider instance. */
        public Builder providerConfig(ProviderFamily family, String id, ProviderConfig... configs) {
            providerConfigs.computeIfAbsent(new ProviderKey(family, id), k -> new ArrayList<>()).addAll(List.of(configs));
            return this;
        }

        public Builder clock(Clock value) { this.clock = value; return this; }
        public Builder classLoader(ClassLoader value) { this.classLoader = value; return this; }

        public RegistryConfig build() {
            return new RegistryConfig(trustMode, signerAllowlist, new LinkedHashSet<>(acceptedApiVersions),
                    providerDirectories, dataRoot, healthPollInterval, lifecycleTimeout, schedulerThreads,
                    providerConfigs, clock, classLoader);
        }
    }
}
