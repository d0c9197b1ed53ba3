package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What the protocol loops need from the daemon: its identity and load for R1/R3, admission steps 5–12 of
 * protocol.md §5.4 for a decoded item, stopping a session, and applying project mutations to the live config.
 */
public interface WorkerHost {

    /** The R1 body {@code {machineId, hostname, capacity, version, projects?}}. */
    ObjectNode registration();

    /** True while the daemon is {@code ready} (polls only then). */
    boolean ready();

    /** True while it refuses work (paused, draining, updating): heartbeat status {@code draining}. */
    boolean refusing();

    /** Sessions from accepted to finishing. */
    int activeCount();

    /** The session slots. */
    int maxSessions();

    /** {@code {allowlist, enabledProjectIds, projectAdmissionMode}} of the primary config, as sent on R3. */
    ObjectNode allowlist();

    /**
     * Admission steps 5–12 for an item that passed decode, signature, claim and dedupe: the row is committed and the
     * session started, or the NACK reason.
     */
    Admitted admit(ObjectNode item, int attempt, @Nullable String claimId);

    /** StopSession with {@code mode}; false when no live session has the id. */
    boolean stop(String sessionId, FailureMode mode);

    /** Applies a {@code project.*} mutation to the live config; the failure code, or empty when applied. */
    Optional<String> applyProjectMutation(String op, JsonNode params);

    /**
     * What admission decided.
     *
     * @param nackReason empty when the session started; else the §5.4 reason
     * @param detail     the NACK {@code detail} object, when the reason has one
     */
    record Admitted(Optional<String> nackReason, Optional<ObjectNode> detail) {

        public Admitted {
            Objects.requireNonNull(nackReason, "nackReason");
            Objects.requireNonNull(detail, "detail");
        }

        public static Admitted started() {
            return new Admitted(Optional.empty(), Optional.empty());
        }

        public static Admitted nack(String reason, @Nullable ObjectNode detail) {
            return new Admitted(Optional.of(reason), Optional.ofNullable(detail));
        }
    }
}
