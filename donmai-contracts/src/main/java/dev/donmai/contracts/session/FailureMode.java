package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.WireValue;
import java.util.Locale;

/**
 * Why a session ended in {@code failed}, {@code terminated} or {@code interrupted}. One value, two spellings:
 * {@link #controlWire()} (kebab, e.g. {@code no-progress}; control API, {@code SessionHandle}, CLI {@code --json})
 * and {@link #protocolWire()} ({@code Failure} + PascalCase, e.g. {@code FailureNoProgress}; worker protocol and
 * result record).
 */
public enum FailureMode implements WireValue {
    /** The daemon crashed or shut down under the session; re-dispatchable (bounded). */
    CRASH,
    /** The no-progress watchdog fired; bounded retry with backoff. */
    NO_PROGRESS,
    /** The maximum duration elapsed. */
    TIMEOUT,
    /** The harness could not start, the prompt could not be rendered, or it exited non-zero before any event. */
    SPAWN,
    /** The workarea could not be acquired. */
    WORKAREA,
    /** The harness ended with an unsuccessful result or an error. */
    HARNESS,
    /** The budget watchdog fired. */
    BUDGET,
    /** The orchestrator's lease was lost. */
    LOST_OWNERSHIP,
    /** An operator stopped the session; never re-dispatched, recorded before the exit is seen. */
    OPERATOR_CANCELLED;

    private static final String PROTOCOL_PREFIX = "Failure";

    /** The kebab spelling, identical to {@link #controlWire()}. */
    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The control-API spelling, e.g. {@code operator-cancelled}. */
    public String controlWire() {
        return wire();
    }

    /** The worker-protocol spelling, e.g. {@code FailureOperatorCancelled}. */
    public String protocolWire() {
        StringBuilder out = new StringBuilder(PROTOCOL_PREFIX);
        for (String part : name().split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** True when an orchestrator may re-dispatch the work item ({@code CRASH}, {@code NO_PROGRESS}), bounded. */
    public boolean isRedispatchable() {
        return this == CRASH || this == NO_PROGRESS;
    }

    /**
     * True when this mode may end a session in {@code state} (sessions.md §2): {@code failed} takes {@code spawn},
     * {@code workarea}, {@code harness}; {@code terminated} takes {@code operator-cancelled}, {@code timeout},
     * {@code no-progress}, {@code budget}, {@code lost-ownership} and {@code crash} (shutdown); {@code interrupted}
     * takes {@code crash}.
     */
    public boolean permits(SessionState state) {
        if (state == null) {
            return false;
        }
        return switch (state) {
            case FAILED -> this == SPAWN || this == WORKAREA || this == HARNESS;
            case TERMINATED -> this == OPERATOR_CANCELLED || this == TIMEOUT || this == NO_PROGRESS
                    || this == BUDGET || this == LOST_OWNERSHIP || this == CRASH;
            case INTERRUPTED -> this == CRASH;
            default -> false;
        };
    }

    /** The mode with this control spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static FailureMode fromWire(String wire) {
        return WireValue.fromWire(FailureMode.class, wire);
    }

    /** Same as {@link #fromWire(String)}. */
    public static FailureMode fromControlWire(String wire) {
        return fromWire(wire);
    }

    /** The mode with this protocol spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static FailureMode fromProtocolWire(String wire) {
        if (wire != null) {
            for (FailureMode mode : values()) {
                if (mode.protocolWire().equals(wire)) {
                    return mode;
                }
            }
        }
        throw new ProviderException.ContractViolation(
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, FailureMode.class.getSimpleName());
    }
}
