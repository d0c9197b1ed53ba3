/**
 * The wave-1 harness adapters (D20, sessions.md §12) and the OSS model endpoint: {@code claude}, {@code codex},
 * {@code opencode}, {@code shell} and {@code stub} ({@code agent-runtime}), and {@code host-session}
 * ({@code model-endpoint}). Each harness maps its CLI's native stream with a {@code LineParser} and runs it through
 * {@code dev.donmai.runtime.spi.harness.ProcessAgentSession}, which starts it in its own process group and enforces
 * the stream rules. Uses only the contracts and {@code dev.donmai.runtime.spi} (boundary.md A4).
 */
package dev.donmai.providers.agents;
