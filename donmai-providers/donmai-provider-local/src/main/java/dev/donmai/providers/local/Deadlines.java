package dev.donmai.providers.local;

import dev.donmai.contracts.provider.ProviderException;
import java.time.Duration;

/** Turns a verb's timeout into a {@link System#nanoTime()} deadline for the file work it may do. */
final class Deadlines {

    /** Longer timeouts are cut to this, so the arithmetic cannot overflow. */
    private static final Duration LONGEST = Duration.ofDays(1);

    private Deadlines() {
    }

    /**
     * The deadline {@code timeout} from now.
     *
     * @throws ProviderException.ContractViolation {@code MISSING_REQUIRED_FIELD} for a null timeout,
     *         {@code INVALID_VALUE} for a negative one
     */
    static long of(Duration timeout) {
        if (timeout == null) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD,
                    "timeout");
        }
        if (timeout.isNegative()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, "timeout");
        }
        Duration bounded = timeout.compareTo(LONGEST) > 0 ? LONGEST : timeout;
        return System.nanoTime() + bounded.toNanos();
    }
}
