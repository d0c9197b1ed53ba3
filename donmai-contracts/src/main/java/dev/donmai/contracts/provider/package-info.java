/**
 * The base provider contract: the {@link dev.donmai.contracts.provider.Provider} lifecycle, manifests and capabilities,
 * discovery through {@link dev.donmai.contracts.provider.ProviderFactory}, scope, trust, hook events, the
 * {@link dev.donmai.contracts.provider.ProviderException} hierarchy and the small value types every family shares.
 *
 * <p>This package names no family type; family-specific hook events travel as
 * {@link dev.donmai.contracts.provider.ProviderHookEvent.FamilyEvent}.
 */
package dev.donmai.contracts.provider;
