package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.PullStream;
import java.time.Duration;

/** Facet of a {@link SandboxProvider} with {@code supportsLogStreaming} ([J]). */
public interface SandboxLogs {

    /**
     * Opens the sandbox's log as NDJSON: each element is one JSON object without the trailing newline. The stream
     * finishes when the sandbox has ended and its log is drained. Log lines are the provider's; the host redacts
     * them before they reach any sink.
     */
    PullStream<String> stream(SandboxHandle handle, Duration timeout);
}
