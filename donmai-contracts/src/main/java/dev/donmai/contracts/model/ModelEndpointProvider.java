package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.Provider;

/**
 * A provider of the {@code model-endpoint} family: it turns a granted model and auth mode into a concrete endpoint
 * cell a harness can drive. It never hands out secrets; credentials are filled by the credential broker at spawn.
 */
public interface ModelEndpointProvider extends Provider<ModelEndpointCapabilities> {

    /**
     * Resolves the cell for {@code request}. Pure: no I/O, hence no timeout; the same request yields an equal
     * binding. The result is valid ({@link EndpointCells#isValid}) and, when {@code request.baseUrl} is set and
     * {@code supportsBaseUrlOverride} holds, carries that URL.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported {@code resolve} when no valid cell exists,
     *         in particular when {@code request.harnessDrives ∩ caps.protocols} is empty
     * @throws dev.donmai.contracts.provider.ProviderException.NotActive before activation or after deactivation
     */
    EndpointBinding resolve(EndpointRequest request);
}
