/**
 * Sessions as the contracts see them: what a session is asked to do ({@link dev.donmai.contracts.session.SessionSpec}),
 * what the daemon reports about it ({@link dev.donmai.contracts.session.SessionHandle},
 * {@link dev.donmai.contracts.session.SessionEnded}), its lifecycle
 * ({@link dev.donmai.contracts.session.SessionState}, {@link dev.donmai.contracts.session.FailureMode}), the
 * agent's account of the work ({@link dev.donmai.contracts.session.Verdict},
 * {@link dev.donmai.contracts.session.TurnResult}) and the harness-neutral event stream
 * ({@link dev.donmai.contracts.session.AgentEvent}).
 *
 * <p>May import {@code provider} and {@code model} only (boundary.md A2). {@code SessionHandle}, {@code SessionEnded}
 * and every {@code AgentEvent} carry no secret (A11).
 */
package dev.donmai.contracts.session;
