package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionState;

/**
 * The outcome table of sessions.md §2, first matching row: a recorded stop mode → {@code terminated} with that mode;
 * workarea failure → {@code failed}/{@code workarea}; could not spawn, prompt not rendered, or {@code spawn-failed} →
 * {@code failed}/{@code spawn}; {@code Result{success:true}} → {@code completed}; an unsuccessful result or an error →
 * {@code failed}/{@code harness}. ({@code interrupted} is crash recovery's, not the runner's.)
 */
final class OutcomeResolver {

    /** Where provisioning failed, if it did. */
    enum ProvisioningFailure { NONE, WORKAREA, SPAWN }

    /**
     * The terminal state, failure mode (null when completed) and a short reason.
     */
    record Outcome(SessionState state, @Nullable FailureMode failureMode, @Nullable String reason) {
        Outcome {
            if (state.requiresFailureMode() != (failureMode != null)) {
                throw new IllegalArgumentException("failure mode does not fit " + state);
            }
        }
    }

    private OutcomeResolver() {
    }

    static Outcome resolve(@Nullable FailureMode stopMode, ProvisioningFailure provisioning,
            @Nullable String provisioningReason, AgentEvent.@Nullable Terminal terminal) {
        if (stopMode != null) {
            return new Outcome(SessionState.TERMINATED, stopMode, stopMode.controlWire());
        }
        if (provisioning == ProvisioningFailure.WORKAREA) {
            return new Outcome(SessionState.FAILED, FailureMode.WORKAREA, provisioningReason);
        }
        if (provisioning == ProvisioningFailure.SPAWN) {
            return new Outcome(SessionState.FAILED, FailureMode.SPAWN, provisioningReason);
        }
        if (terminal instanceof AgentEvent.Result result) {
            return result.success() ? new Outcome(SessionState.COMPLETED, null, null)
                    : new Outcome(SessionState.FAILED, FailureMode.HARNESS,
                            result.subtype() != null ? result.subtype() : "result-unsuccessful");
        }
        if (terminal instanceof AgentEvent.Error error) {
            return AgentEvent.Error.SPAWN_FAILED.equals(error.code())
                    ? new Outcome(SessionState.FAILED, FailureMode.SPAWN, error.code())
                    : new Outcome(SessionState.FAILED, FailureMode.HARNESS, error.code());
        }
        return new Outcome(SessionState.FAILED, FailureMode.HARNESS, "no-terminal-event");
    }
}
