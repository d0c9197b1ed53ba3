package dev.donmai.providers.local;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.sandbox.SandboxStatus;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one activation of a {@link LocalSandboxProvider} works with: the host (clock, logger, hook events) and the
 * sandbox directories; and the side effects of a sandbox ending. Log lines and events carry ids, paths and reasons,
 * never a secret.
 *
 * @param host        the host the provider was activated on
 * @param directories the sandbox directories under the resolved root
 */
record Activation(ProviderHost host, SandboxDirectories directories) {

    Activation {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(directories, "directories");
    }

    /** The host clock's now. */
    Instant now() {
        return host.clock().instant();
    }

    /** Logs {@code message} through the host's logger. */
    void log(Level level, String message) {
        host.logger().log(level, message);
    }

    /** After a sandbox ended: moves its directory out of the way, publishes its (zero) cost, logs it. */
    void finish(LocalSandbox ended) {
        SandboxStatus.Terminated terminated = (SandboxStatus.Terminated) ended.status();
        try {
            directories.retire(ended.directory());
        } catch (IOException | RuntimeException e) {
            log(Level.WARNING, "local sandbox " + ended.id() + ": cannot remove " + ended.directory() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        host.publish(new ProviderHookEvent.FamilyEvent(UUID.randomUUID().toString(), terminated.at(), host.self(),
                FamilyEventKind.SANDBOX_COST, Map.of(
                        "sandbox", ended.id(),
                        "organizationId", ended.session().organizationId(),
                        "sessionId", ended.session().sessionId(),
                        "reason", terminated.reason(),
                        "costUsd", 0.0)));
        log(Level.INFO, "terminated local sandbox " + ended.id() + " (" + terminated.reason() + ")");
    }

    /** Deletes retired directories until {@code deadline}; what is left waits for the next call. */
    void purge(long deadline) {
        try {
            if (!directories.purge(deadline)) {
                log(Level.DEBUG, "local sandbox trash not yet empty; the next terminate continues");
            }
        } catch (IOException | RuntimeException e) {
            log(Level.WARNING, "cannot empty the local sandbox trash (" + e.getClass().getSimpleName() + ")");
        }
    }
}
