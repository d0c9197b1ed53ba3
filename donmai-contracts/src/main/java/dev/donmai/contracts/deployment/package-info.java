/**
 * The {@code deployment} provider family (contracts.md §3.6, [P]: the shape is ours): deploy a revision to an
 * environment, follow its {@link dev.donmai.contracts.deployment.DeploymentStatus}, and optionally roll back. Host
 * policy gates run before {@code deploy}; a denial is a
 * {@link dev.donmai.contracts.provider.ProviderException.PreAdmission} and the provider is never called.
 *
 * <p>Imports only {@code provider} and {@code session} (boundary.md A2).
 */
package dev.donmai.contracts.deployment;
