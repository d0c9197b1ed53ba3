/**
 * The harness family, wire name {@code agent-runtime} (contracts.md §3.4): a
 * {@link dev.donmai.contracts.agent.HarnessProvider} spawns one agent CLI process per session from a
 * {@link dev.donmai.contracts.agent.SpawnSpec} and returns an {@link dev.donmai.contracts.agent.AgentSession} whose
 * normalised events are {@link dev.donmai.contracts.session.AgentEvent}s; facets for resume and message injection;
 * {@link dev.donmai.contracts.agent.HarnessCapabilities}.
 *
 * <p>May import {@code provider}, {@code session} and {@code model} only (boundary.md A2). Secret material is typed
 * {@link dev.donmai.contracts.provider.Secret} ({@code secretEnv}, {@code headers}; A12).
 */
package dev.donmai.contracts.agent;
