package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time a verb has left: every git command of a verb gets what remains of the verb's timeout, so a verb returns
 * or throws {@code Timeout} within its timeout (contracts.md §0) however many commands it runs.
 */
record Deadline(String verb, Duration timeout, Instant end, Clock clock) {

    /** Floor for one command, so a nearly spent deadline still lets a short cleanup command run. */
    private static final Duration MIN_COMMAND = Duration.ofMillis(200);

    static Deadline of(String verb, Duration timeout, Clock clock) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, "timeout");
        }
        return new Deadline(verb, timeout, clock.instant().plus(timeout), clock);
    }

    /** What is left; throws {@code Timeout} when nothing is. */
    Duration remaining() {
        Duration left = Duration.between(clock.instant(), end);
        if (left.isNegative() || left.isZero()) {
            throw expired();
        }
        return left;
    }

    /** What is left, but at least a short floor: for cleanup after a failure, which must still run. */
    Duration remainingForCleanup() {
        Duration left = Duration.between(clock.instant(), end);
        return left.compareTo(MIN_COMMAND) < 0 ? MIN_COMMAND.multipliedBy(10) : left;
    }

    ProviderException.Timeout expired() {
        return new ProviderException.Timeout(verb, timeout);
    }
}
