package dev.donmai.runtime.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The engine refused a session before anything ran (admission). {@link #getMessage()} is the exact {@code error} text
 * of host.md §3.4; {@link #refusal()} says why in typed form.
 */
public final class SessionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a session was refused. */
    public sealed interface Refusal {
        /** The host.md §3.4 error text. */
        String message();
    }

    /** A live session, or a retained one of the same attempt, already has this id. */
    public record Duplicate(String sessionId) implements Refusal {
        @Override
        public String message() {
            return "session \"" + sessionId + "\" already exists";
        }
    }

    /** The session's mode is not one the engine runs (only autonomous in v1). */
    public record ModeUnsupported(String mode) implements Refusal {
        @Override
        public String message() {
            return "mode \"" + mode + "\" is not supported";
        }
    }

    /** No harness provider with this id is registered (or, for {@code auto}, none at all). */
    public record HarnessUnavailable(String harness) implements Refusal {
        @Override
        public String message() {
            return "harness \"" + harness + "\" is not available";
        }
    }

    /** The harness options are not valid for the harness. */
    public record InvalidHarnessOptions(String detail) implements Refusal {
        @Override
        public String message() {
            return "invalid harnessOptions: " + detail;
        }
    }

    /** One or more toolchain demands are not met (NACK {@code toolchain-unmet}). */
    public record ToolchainUnmetRefusal(List<ToolchainUnmet> unmet) implements Refusal {
        public ToolchainUnmetRefusal {
            unmet = List.copyOf(unmet);
            if (unmet.isEmpty()) {
                throw new IllegalArgumentException("a toolchain refusal lists at least one unmet tool");
            }
        }

        @Override
        public String message() {
            return "toolchain unmet: " + unmet.stream().map(ToolchainUnmet::describe).collect(Collectors.joining("; "));
        }
    }

    /** Every session slot is taken. */
    public record AtCapacity(int active, int max) implements Refusal {
        @Override
        public String message() {
            return "at capacity (" + active + "/" + max + " sessions)";
        }
    }

    /** The engine is closed or closing. */
    public record EngineClosed() implements Refusal {
        @Override
        public String message() {
            return "session engine is closed";
        }
    }

    private final transient Refusal refusal;

    public SessionRefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").message());
        this.refusal = refusal;
    }

    /** Why the session was refused. */
    public Refusal refusal() {
        return refusal;
    }
}
