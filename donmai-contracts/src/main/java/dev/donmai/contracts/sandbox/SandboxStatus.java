package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.WireValue;
import java.time.Instant;
import java.util.Optional;

/**
 * The status of a sandbox: {@code provisioning}, {@code ready}, {@code running}, {@code paused}, {@code terminated}
 * or {@code failed} (the {@link #wire() wire} names). {@code Terminated} and {@code Failed} are terminal.
 */
public sealed interface SandboxStatus extends WireValue {

    /** The {@code provisioning} value. */
    SandboxStatus PROVISIONING = new Provisioning();
    /** The {@code ready} value. */
    SandboxStatus READY = new Ready();

    /** True for {@code Terminated} and {@code Failed} (not {@code is…}-named, so JSON mappers do not take it for a wire field). */
    default boolean terminal() {
        return this instanceof Terminated || this instanceof Failed;
    }

    /** Being set up; no worker yet. */
    record Provisioning() implements SandboxStatus {
        @Override
        public String wire() {
            return "provisioning";
        }
    }

    /** Up, waiting for work. */
    record Ready() implements SandboxStatus {
        @Override
        public String wire() {
            return "ready";
        }
    }

    /**
     * A worker is running.
     *
     * @param workerSessionId the worker's session id, once known
     */
    record Running(@Nullable String workerSessionId) implements SandboxStatus {
        public Running {
            FieldChecks.optionalText(workerSessionId, "workerSessionId");
        }

        /** The worker's session id, if known. */
        public Optional<String> workerSessionIdIfKnown() {
            return Optional.ofNullable(workerSessionId);
        }

        @Override
        public String wire() {
            return "running";
        }
    }

    /**
     * Paused since {@code at}.
     *
     * @param at when it was paused
     */
    record Paused(Instant at) implements SandboxStatus {
        public Paused {
            FieldChecks.require(at, "at");
        }

        @Override
        public String wire() {
            return "paused";
        }
    }

    /**
     * Ended, by request or by a limit.
     *
     * @param reason a short code, e.g. {@code requested}, {@code max-duration}, {@code idle-timeout}
     * @param at     when it ended
     */
    record Terminated(String reason, Instant at) implements SandboxStatus {
        public Terminated {
            FieldChecks.requireText(reason, "reason");
            FieldChecks.require(at, "at");
        }

        @Override
        public String wire() {
            return "terminated";
        }
    }

    /**
     * Failed; the sandbox is not usable.
     *
     * @param error a secret-free description
     */
    record Failed(String error) implements SandboxStatus {
        public Failed {
            FieldChecks.requireText(error, "error");
        }

        @Override
        public String wire() {
            return "failed";
        }
    }
}
