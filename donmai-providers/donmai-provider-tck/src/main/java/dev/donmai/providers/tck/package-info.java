/**
 * The provider conformance kit (contracts.md §6). A provider author adds {@code dev.donmai:donmai-provider-tck} at
 * test scope and subclasses the abstract contract test of the provider's family, supplying the factory, a
 * configuration and family fixtures; the kit skips capability-gated checks from the declared flags.
 *
 * <p>{@link dev.donmai.providers.tck.ProviderContractTest} holds the checks every family shares (row 1 of the
 * table); {@link dev.donmai.providers.tck.TckHost} stands in for the host at activation and records what the
 * provider publishes; {@link dev.donmai.providers.tck.TckGitFixture} builds throw-away git repositories.
 */
package dev.donmai.providers.tck;
