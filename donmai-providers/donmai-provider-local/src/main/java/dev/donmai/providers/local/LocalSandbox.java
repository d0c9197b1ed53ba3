package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.session.SessionKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sandbox as the provider tracks it; immutable, replaced on every transition.
 *
 * @param handle      the handle {@code provision} returned (or the caller's, for an adopted sandbox)
 * @param session     the session it serves
 * @param directory   its per-session directory
 * @param maxDuration hard limit on its life, from the spec; null = none
 * @param idleTimeout how long it may stay {@code Ready} without a worker, from the spec; null = forever
 * @param status      its current status
 * @param since       when it entered {@code status}
 */
record LocalSandbox(
        SandboxHandle handle,
        SessionKey session,
        Path directory,
        @Nullable Duration maxDuration,
        @Nullable Duration idleTimeout,
        SandboxStatus status,
        Instant since) {

    /** {@link SandboxStatus.Terminated#reason()} when the spec's {@code maxDuration} ran out. */
    static final String MAX_DURATION = "max-duration";
    /** {@link SandboxStatus.Terminated#reason()} when it stayed ready without a worker for {@code idleTimeout}. */
    static final String IDLE_TIMEOUT = "idle-timeout";

    LocalSandbox {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
    }

    /** The external id, which is also the directory's name. */
    String id() {
        return handle.externalId();
    }

    /** Provisioning, ready or running: it holds a slot against {@code maxConcurrent}. */
    boolean live() {
        return !status.terminal();
    }

    /** The same sandbox in {@code next} since {@code at}. */
    LocalSandbox with(SandboxStatus next, Instant at) {
        return new LocalSandbox(handle, session, directory, maxDuration, idleTimeout, next, at);
    }

    /** Why it has run out by {@code now} ({@link #MAX_DURATION} or {@link #IDLE_TIMEOUT}), if it has. */
    Optional<String> expiry(Instant now) {
        if (!live()) {
            return Optional.empty();
        }
        if (maxDuration != null && !now.isBefore(handle.provisionedAt().plus(maxDuration))) {
            return Optional.of(MAX_DURATION);
        }
        if (idleTimeout != null && status instanceof SandboxStatus.Ready && !now.isBefore(since.plus(idleTimeout))) {
            return Optional.of(IDLE_TIMEOUT);
        }
        return Optional.empty();
    }
}
