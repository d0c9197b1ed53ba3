package dev.donmai.contracts.provider;

/**
 * The {@link java.util.ServiceLoader} entry point of a provider, listed in
 * {@code META-INF/services/dev.donmai.contracts.provider.ProviderFactory}. A factory needs a public no-argument
 * constructor.
 */
public interface ProviderFactory {

    /** The manifest of the providers this factory creates; pure and constant. */
    ProviderManifest<?> manifest();

    /**
     * Creates an inactive provider from configuration. Does no I/O and starts no thread.
     *
     * @throws ProviderException.ContractViolation {@code UNKNOWN_FIELD} for an unknown configuration key
     */
    Provider<?> create(ProviderConfig config);
}
