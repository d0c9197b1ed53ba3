/**
 * The {@code agent-registry} provider family (contracts.md §3.6, [P]: the shape is ours): list agent definitions
 * and resolve an {@link dev.donmai.contracts.registry.AgentRef} for a scope to an
 * {@link dev.donmai.contracts.registry.AgentDescriptor}. Registries are read outbound only; nothing is published
 * through them.
 *
 * <p>Imports only {@code provider} and {@code session} (boundary.md A2).
 */
package dev.donmai.contracts.registry;
