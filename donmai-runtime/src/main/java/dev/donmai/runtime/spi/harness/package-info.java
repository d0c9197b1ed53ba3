/**
 * Building blocks of harness adapters (sessions.md §7, §12; contracts.md §4): the
 * {@link dev.donmai.runtime.spi.harness.EventNormaliser} that enforces the stream rules,
 * {@link dev.donmai.runtime.spi.harness.LineParser} (one native stdout line → events), and
 * {@link dev.donmai.runtime.spi.harness.ProcessAgentSession}, an {@code AgentSession} over a
 * {@link dev.donmai.runtime.spi.process.GroupProcess} with one reader thread per stream. Also the stub harness's
 * option rules ({@link dev.donmai.runtime.spi.harness.StubOptions}), which admission checks before a session starts.
 *
 * <p>Uses only the JDK and the contracts (boundary.md A6).
 */
package dev.donmai.runtime.spi.harness;
