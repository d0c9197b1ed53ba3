package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider of the harness family, whose wire name is {@code agent-runtime} (UI "Harness"): an adapter for one agent
 * CLI. Wave-1 ids (D20): {@code claude}, {@code codex}, {@code opencode}, {@code shell}, {@code stub}.
 */
public interface HarnessProvider extends Provider<HarnessCapabilities> {

    /**
     * Starts the harness process for {@code spec} in its own process group and returns at once with its session;
     * the process then runs until its stream ends or it is stopped.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported when {@code spec} sets a field the
     *         capabilities cannot honour ({@link HarnessCapabilities#unhonoured}); no process is started
     * @throws dev.donmai.contracts.provider.ProviderException.OperationFailed when the process cannot start
     */
    AgentSession spawn(SpawnSpec spec, Duration timeout);

    /** The resume facet; present iff {@code supportsSessionResume}. */
    default Optional<SessionResumer> resumer() {
        return Optional.empty();
    }
}
