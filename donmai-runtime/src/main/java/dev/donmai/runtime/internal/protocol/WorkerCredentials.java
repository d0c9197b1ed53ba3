package dev.donmai.runtime.internal.protocol;

import dev.donmai.contracts.provider.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What registration gave the daemon (protocol.md §5.1), as cached in {@code daemon.jwt}. The runtime token is a
 * {@link Secret}, so this record never prints it.
 *
 * @param workerId          the orchestrator's id for this daemon
 * @param runtimeToken      the bearer of every route but R1/R2
 * @param heartbeatInterval R3 cadence
 * @param pollInterval      R4 cadence
 * @param expiresAt         when the token expires, if the orchestrator said
 * @param cachedAt          when it was received
 * @param orchestratorUrl   the base URL it was received from (a cache for another URL is not used)
 */
public record WorkerCredentials(String workerId, Secret runtimeToken, Duration heartbeatInterval,
        Duration pollInterval, Optional<Instant> expiresAt, Instant cachedAt, String orchestratorUrl) {

    public WorkerCredentials {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(runtimeToken, "runtimeToken");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(cachedAt, "cachedAt");
        Objects.requireNonNull(orchestratorUrl, "orchestratorUrl");
        if (workerId.isBlank() || runtimeToken.isEmpty()) {
            throw new IllegalArgumentException("workerId and runtimeToken must not be empty");
        }
    }

    /** True when the token has expired by {@code now}. */
    boolean expired(Instant now) {
        return expiresAt.map(at -> !at.isAfter(now)).orElse(false);
    }

    /**
     * When to refresh proactively: once less than min({@code cap}, half the lifetime at receipt) remains; empty when
     * the token does not expire.
     */
    Optional<Instant> refreshAt(Duration cap) {
        return expiresAt.map(at -> {
            Duration half = Duration.between(cachedAt, at).dividedBy(2);
            Duration margin = half.compareTo(cap) < 0 ? half : cap;
            return at.minus(margin.isNegative() ? Duration.ZERO : margin);
        });
    }
}
