/**
 * The {@code kit} family (contracts.md §3.6): a {@link dev.donmai.contracts.kit.KitProvider} detects whether it
 * applies to a tree ({@link dev.donmai.contracts.kit.KitDetection}) and contributes commands, prompt fragments, MCP
 * servers, skills and tool permissions ({@link dev.donmai.contracts.kit.KitContribution}) to a session.
 *
 * <p>May import {@code provider}, {@code session} and {@code agent} only (boundary.md A2).
 */
package dev.donmai.contracts.kit;
