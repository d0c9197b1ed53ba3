package dev.donmai.contracts.agent;

import java.time.Duration;

/**
 * Facet of a running {@link AgentSession} that can take a user message mid-session; present iff the harness declares
 * {@code supportsMessageInjection}.
 */
public interface MessageInjector {

    /**
     * Delivers {@code message} to the running agent as a user turn.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.OperationFailed when the session has already ended
     */
    void inject(String message, Duration timeout);
}
