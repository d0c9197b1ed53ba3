package dev.donmai.contracts.provider;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A provider's self-description, readable before any of its code runs: identity, version, entry point, and the
 * capabilities it declares.
 *
 * @param apiVersion           the contract version this manifest targets, e.g. {@code donmai.dev/v1}
 * @param family               the provider family; equals {@code capabilitiesDeclared.family()}
 * @param id                   the provider id, unique within its family and scope level
 * @param version              the provider's semantic version
 * @param requires             host version range and host capabilities it needs
 * @param entry                how the host reaches the provider's code
 * @param capabilitiesDeclared the capabilities the provider promises for its whole life
 * @param consumesKits         kits the provider uses
 */
public record ProviderManifest<C extends Capabilities>(
        String apiVersion,
        ProviderFamily family,
        String id,
        String version,
        String name,
        @Nullable String description,
        @Nullable String author,
        @Nullable String authorIdentity,
        @Nullable String homepage,
        @Nullable String license,
        @Nullable String repository,
        ProviderRequirements requires,
        ProviderEntry entry,
        C capabilitiesDeclared,
        Stability stability,
        List<KitRequirement> consumesKits,
        @Nullable String metricsPrefix,
        @Nullable String logScope) {

    /** The contract version the OSS runtime accepts by default. */
    public static final String API_VERSION_V1 = "donmai.dev/v1";

    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$");

    public ProviderManifest {
        require(apiVersion, "apiVersion");
        Objects.requireNonNull(family, "family");
        Ids.requireProviderId(id, "id");
        require(version, "version");
        if (!SEMVER.matcher(version).matches()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, "version");
        }
        require(name, "name");
        Objects.requireNonNull(requires, "requires");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(capabilitiesDeclared, "capabilitiesDeclared");
        if (capabilitiesDeclared.family() != family) {
            throw new ProviderException.ContractViolation(
                    ProviderException.ViolationCode.INVALID_VALUE, "capabilitiesDeclared");
        }
        Objects.requireNonNull(stability, "stability");
        consumesKits = List.copyOf(consumesKits);
    }

    /** Starts a manifest with the required parts; optional parts default to absent, stability {@code STABLE}. */
    public static <C extends Capabilities> Builder<C> builder(String id, String version, C capabilities) {
        return new Builder<>(id, version, capabilities);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProviderException.ContractViolation(
                    ProviderException.ViolationCode.MISSING_REQUIRED_FIELD, field);
        }
    }
    /** Assembles a manifest; the record constructor validates on {@link #build()}. */
    public record Builder<C extends Capabilities>(String id, String version, C capabilities, String apiVersion, String name,
            String description, String author, String authorIdentity, String homepage, String license,
            String repository, ProviderRequirements requires, ProviderEntry entry, Stability stability,
            List<KitRequirement> consumesKits, String metricsPrefix, String logScope) {
        private Builder(String id, String version, C capabilities) {
            this(id, version, Objects.requireNonNull(capabilities, "capabilities"), API_VERSION_V1, id, null,
                    null, null, null, null, null, ProviderRequirements.any(), null, Stability.STABLE, List.of(),
                    null, null);
        }

        public Builder<C> apiVersion(String value) {
            return new Builder<>(id, version, capabilities, value, name, description, author, authorIdentity, homepage,
                    license, repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> name(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, value, description, author, authorIdentity, homepage,
                    license, repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> description(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, value, author, authorIdentity, homepage,
                    license, repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> author(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, value, authorIdentity, homepage,
                    license, repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> authorIdentity(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, value, homepage, license,
                    repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> homepage(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, value,
                    license, repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> license(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    value, repository, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> repository(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, value, requires, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> requires(ProviderRequirements value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, repository, value, entry, stability, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> entry(ProviderEntry value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, repository, requires, value, stability, consumesKits, metricsPrefix, logScope);
        }

        /** Sets a {@link ProviderEntry.Static} entry naming the factory class. */
        public Builder<C> factory(Class<? extends ProviderFactory> value) {
            return entry(new ProviderEntry.Static(value.getName()));
        }

        public Builder<C> stability(Stability value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, repository, requires, entry, value, consumesKits, metricsPrefix, logScope);
        }

        public Builder<C> consumesKits(List<KitRequirement> value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, repository, requires, entry, stability, value, metricsPrefix, logScope);
        }

        public Builder<C> metricsPrefix(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, repository, requires, entry, stability, consumesKits, value, logScope);
        }

        public Builder<C> logScope(String value) {
            return new Builder<>(id, version, capabilities, apiVersion, name, description, author, authorIdentity, homepage,
                    license, repository, requires, entry, stability, consumesKits, metricsPrefix, value);
        }

        public ProviderManifest<C> build() {
            return new ProviderManifest<>(apiVersion, capabilities.family(), id, version, name, description, author,
                    authorIdentity, homepage, license, repository, requires, entry, capabilities, stability,
                    consumesKits, metricsPrefix, logScope);
        }
    }
}
