package dev.donmai.contracts.requester;

import dev.donmai.contracts.provider.Provider;
import java.time.Duration;

/** A provider of the {@code requester-provider} family. */
public interface RequesterProvider extends Provider<RequesterCapabilities> {

    /**
     * Decides whether to admit a request; fail-closed. An unknown or missing bearer, a protocol outside
     * {@link RequesterCapabilities#acceptedProtocols()}, a missing or bad signature when
     * {@code requiresSignedRequests}, or more than {@code maxConcurrentRequests} open requests all yield
     * {@link AdmissionResult.Denied} values, never exceptions.
     */
    AdmissionResult admit(RequesterRequest request, Duration timeout);

    /**
     * Sends a response for an admitted request. Without {@code supportsStreamingResponse} only one, final,
     * response is allowed per request.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported for a non-final response without
     *         {@code supportsStreamingResponse}
     */
    void respond(RequesterResponse response, Duration timeout);
}
