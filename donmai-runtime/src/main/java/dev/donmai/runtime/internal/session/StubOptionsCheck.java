package dev.donmai.runtime.internal.session;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admission's check of the {@code stub} harness's options (sessions.md §12): {@code behaviour} one of the seven,
 * {@code count} and {@code intervalMs} non-negative integers, {@code ignoreTerm} a boolean. The stub checks them
 * again when it starts; checking here turns a bad value into a refusal ({@code invalid harnessOptions: …}) instead
 * of a failed session.
 */
final class StubOptionsCheck {

    static final Set<String> BEHAVIOURS = Set.of("succeed-with-commit", "fail", "hang", "silent-exit",
            "mid-stream-error", "slow-output", "cost-overrun");

    private StubOptionsCheck() {
    }

    /** The problem with {@code options}, or empty when they are valid. */
    static Optional<String> problem(Map<String, Object> options) {
        Object behaviour = options.get("behaviour");
        if (behaviour != null && !(behaviour instanceof String s && BEHAVIOURS.contains(s))) {
            return Optional.of("unknown behaviour \"" + behaviour + "\"");
        }
        for (String key : new String[] {"count", "intervalMs"}) {
            Object value = options.get(key);
            if (value != null && !(isWhole(value) && ((Number) value).longValue() >= 0)) {
                return Optional.of(key + " must be a non-negative integer");
            }
        }
        Object ignoreTerm = options.get("ignoreTerm");
        if (ignoreTerm != null && !(ignoreTerm instanceof Boolean)) {
            return Optional.of("ignoreTerm must be a boolean");
        }
        return Optional.empty();
    }

    private static boolean isWhole(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return true;
        }
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && !Double.isInfinite(n.doubleValue());
    }
}
