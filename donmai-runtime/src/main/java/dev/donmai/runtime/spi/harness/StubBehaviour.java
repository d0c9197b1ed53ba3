package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.WireValue;
import java.util.Arrays;
import java.util.Optional;

/** The behaviours of the {@code stub} harness (sessions.md §12); the wire value is what {@code behaviour} holds. */
public enum StubBehaviour implements WireValue {
    /** Init, a text, a tool call that commits {@code STUB.md}, a turn result {@code passed}, a successful result. */
    SUCCEED_WITH_COMMIT,
    /** Init, a text, {@code result{success:false, subtype:"error_during_execution"}}, exit 1. */
    FAIL,
    /** Init, then sleeps until killed (ignoring SIGTERM with {@code ignoreTerm}). */
    HANG,
    /** Init, a text, exit 0 without a terminal. */
    SILENT_EXIT,
    /** Init, a text, a non-JSON line, {@code error{code:"upstream-error"}}, two more texts, exit 2. */
    MID_STREAM_ERROR,
    /** Init, {@code count} texts every {@code intervalMs} (the last with {@code WORK_RESULT:passed}), a result. */
    SLOW_OUTPUT,
    /** Init, then a cost notice rising by 1.00 USD every 200 ms, never ending. */
    COST_OVERRUN;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The behaviour with this wire spelling. */
    public static Optional<StubBehaviour> fromWireIfKnown(String wire) {
        return Arrays.stream(values()).filter(b -> b.wire().equals(wire)).findFirst();
    }
}
