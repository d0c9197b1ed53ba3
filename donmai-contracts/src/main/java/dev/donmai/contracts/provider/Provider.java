package dev.donmai.contracts.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * The base contract every provider implements. A provider is created inactive by its {@link ProviderFactory},
 * activated once by the host, serves verbs, and is deactivated. No verb may be called before {@code activate} or
 * after {@code deactivate} ({@link ProviderException.NotActive}). Implementations are thread-safe.
 *
 * @param <C> the family's capability record
 */
public interface Provider<C extends Capabilities> {

    /** The manifest this provider was created from; equals its factory's manifest. */
    ProviderManifest<C> manifest();

    /** The declared capabilities, fixed for the provider's life. */
    default C capabilities() {
        return manifest().capabilitiesDeclared();
    }

    /** The capabilities actually available after activation; never above the declared ones. */
    default C observedCapabilities() {
        return capabilities();
    }

    /** Where this provider applies. */
    ProviderScope scope();

    /** The manifest signature, when the provider is signed. */
    Optional<ProviderSignature> signature();

    /** Makes the provider ready to serve; idempotent. A throw leaves it inactive. */
    void activate(ProviderHost host, Duration timeout);

    /** Stops serving and releases resources; idempotent, and a repeat never throws. */
    void deactivate(Duration timeout);

    /** The provider's current health. */
    default ProviderHealth health(Duration timeout) {
        return ProviderHealth.READY;
    }
}
