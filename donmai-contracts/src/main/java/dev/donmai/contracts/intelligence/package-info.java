/**
 * Intelligence services (intelligence.md §1–2; not a provider family): the {@link
 * dev.donmai.contracts.intelligence.MemoryStore} of cited observations, {@link
 * dev.donmai.contracts.intelligence.Embedder}s, and {@link dev.donmai.contracts.intelligence.CodeIntelligence} with
 * its six operations (MCP tools {@code donmai_code_*}). Implementations are found through {@link
 * dev.donmai.contracts.intelligence.IntelligenceFactory} in {@code META-INF/services}.
 *
 * <p>These contracts are OSS-canonical (boundary.md P4): platform storage is just another implementation.
 * Imports only {@code provider}, {@code session}, {@code workarea} and {@code vcs} (boundary.md A2).
 */
package dev.donmai.contracts.intelligence;
