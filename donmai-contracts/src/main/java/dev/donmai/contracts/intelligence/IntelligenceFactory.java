package dev.donmai.contracts.intelligence;

/**
 * The {@link java.util.ServiceLoader} entry point of an intelligence service, listed in
 * {@code META-INF/services/dev.donmai.contracts.intelligence.IntelligenceFactory}; needs a public no-argument
 * constructor. The host picks a factory by {@link #kind()} and {@link #id()} (e.g. {@code MEMORY_STORE}/{@code
 * lucene}, {@code EMBEDDER}/{@code hashing}, {@code CODE_INTELLIGENCE}/{@code native}).
 *
 * @param <S> the service type; {@code kind().serviceType()} is assignable from it
 */
public interface IntelligenceFactory<S extends AutoCloseable> {

    /** Which service this factory creates; constant. */
    IntelligenceKind kind();

    /** The implementation id, unique per kind, in provider-id syntax ({@code ^[a-z0-9][a-z0-9-]{0,62}$}); constant. */
    String id();

    /**
     * Creates the service from {@code context}. The caller owns the result and closes it.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.ContractViolation {@code UNKNOWN_FIELD} for an unknown
     *         configuration key
     */
    S create(IntelligenceContext context);
}
