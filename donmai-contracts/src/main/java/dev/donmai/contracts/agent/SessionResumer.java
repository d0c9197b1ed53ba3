package dev.donmai.contracts.agent;

import java.time.Duration;

/**
 * Facet of a {@link HarnessProvider} that continues an earlier native session instead of starting afresh; present
 * iff the harness declares {@code supportsSessionResume}.
 */
public interface SessionResumer {

    /**
     * Spawns a harness process that resumes native session {@code nativeSessionId} with {@code spec} (its prompt is
     * the next user turn). The returned session obeys the same stream rules as a fresh spawn.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported as {@code spawn} does
     * @throws dev.donmai.contracts.provider.ProviderException.OperationFailed when the native session cannot be found
     */
    AgentSession resume(SpawnSpec spec, String nativeSessionId, Duration timeout);
}
