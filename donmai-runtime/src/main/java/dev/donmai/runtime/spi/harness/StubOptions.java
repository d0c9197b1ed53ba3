package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.ProviderException;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code harnessOptions} of the {@code stub} harness (sessions.md §12): {@code behaviour} (default
 * {@code succeed-with-commit}), {@code count} (10) and {@code intervalMs} (1000) for {@code slow-output},
 * {@code ignoreTerm} (false) for {@code hang}. Admission refuses anything else with {@link #validate}, before a
 * session starts (control API 400 {@code invalid harnessOptions: …}, NACK {@code invalid-work-item}); the stub
 * adapter checks again at spawn. Keys the stub does not know are ignored. (The same rules as admission's own check:
 * {@code count} and {@code intervalMs} are non-negative integers.)
 *
 * @param behaviour  what the stub does
 * @param count      texts of {@code slow-output}, not negative
 * @param intervalMs pause between them in milliseconds, not negative
 * @param ignoreTerm whether {@code hang} ignores SIGTERM
 */
public record StubOptions(StubBehaviour behaviour, int count, long intervalMs, boolean ignoreTerm) {

    /** The options of an empty {@code harnessOptions}. */
    public static final StubOptions DEFAULTS = new StubOptions(StubBehaviour.SUCCEED_WITH_COMMIT, 10, 1000, false);


    public StubOptions {
        Objects.requireNonNull(behaviour, "behaviour");
        check(count >= 0, "count");
        check(intervalMs >= 0, "intervalMs");
    }

    /** These options with another behaviour. */
    public StubOptions withBehaviour(StubBehaviour value) {
        return new StubOptions(value, count, intervalMs, ignoreTerm);
    }

    /**
     * Checks {@code harnessOptions} (JSON-shaped; null = none) and returns the stub options it means.
     *
     * @throws ProviderException.ContractViolation {@code INVALID_VALUE} naming the field, e.g.
     *         {@code harnessOptions.behaviour} for an unknown behaviour; the value is not echoed
     */
    public static StubOptions validate(Map<String, ?> harnessOptions) {
        if (harnessOptions == null || harnessOptions.isEmpty()) {
            return DEFAULTS;
        }
        StubBehaviour behaviour = DEFAULTS.behaviour();
        Object raw = harnessOptions.get("behaviour");
        if (raw != null) {
            behaviour = raw instanceof String s
                    ? StubBehaviour.fromWireIfKnown(s).orElseThrow(() -> invalid("behaviour"))
                    : throwInvalid("behaviour");
        }
        int count = (int) integer(harnessOptions.get("count"), DEFAULTS.count(), 0, Integer.MAX_VALUE, "count");
        long interval = integer(harnessOptions.get("intervalMs"), DEFAULTS.intervalMs(), 0, Long.MAX_VALUE,
                "intervalMs");
        Object ignore = harnessOptions.get("ignoreTerm");
        boolean ignoreTerm = DEFAULTS.ignoreTerm();
        if (ignore != null) {
            ignoreTerm = ignore instanceof Boolean b ? b : throwInvalid("ignoreTerm");
        }
        return new StubOptions(behaviour, count, interval, ignoreTerm);
    }

    /** The options as the compact JSON object the stub script reads from {@code <P>_STUB_OPTIONS}. */
    public String toJson() {
        return "{\"behaviour\":\"" + behaviour.wire() + "\",\"count\":" + count + ",\"intervalMs\":" + intervalMs
                + ",\"ignoreTerm\":" + ignoreTerm + "}";
    }

    private static long integer(Object value, long fallback, long min, long max, String field) {
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < min || n.doubleValue() > max) {
            throw invalid(field);
        }
        return n.longValue();
    }

    private static void check(boolean condition, String field) {
        if (!condition) {
            throw invalid(field);
        }
    }

    private static <T> T throwInvalid(String field) {
        throw invalid(field);
    }

    private static ProviderException.ContractViolation invalid(String field) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                "harnessOptions." + field);
    }
}
