package dev.donmai.contracts.events;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;

import dev.donmai.contracts.provider.Nullable;

/**
 * Where an execution event sits in a causal chain. A root event has depth 0 and no parent; a caused event names its
 * parent and the chain's root, at most {@value #MAX_DEPTH} levels deep.
 *
 * @param rootEventId   the first event of the chain; absent for a root
 * @param parentEventId the event that caused this one; absent for a root
 * @param depth         0 for a root, else the parent's depth + 1
 */
public record Causation(@Nullable String rootEventId, @Nullable String parentEventId, int depth) {

    /** The deepest allowed chain. */
    public static final int MAX_DEPTH = 8;

    /** A root event. */
    public static final Causation ROOT = new Causation(null, null, 0);

    public Causation {
        check(depth >= 0 && depth <= MAX_DEPTH, "causation.depth");
        if (depth == 0) {
            check(rootEventId == null, "causation.rootEventId");
            check(parentEventId == null, "causation.parentEventId");
        } else {
            FieldChecks.require(rootEventId, "causation.rootEventId");
            FieldChecks.require(parentEventId, "causation.parentEventId");
            check(ExecutionEventEnvelope.EVENT_ID.matcher(rootEventId).matches(), "causation.rootEventId");
            check(ExecutionEventEnvelope.EVENT_ID.matcher(parentEventId).matches(), "causation.parentEventId");
        }
    }

    /**
     * The causation of an event caused by the event that carries this causation and has id {@code parentEventId}:
     * one level deeper, same root (or the parent itself when the parent is a root).
     *
     * @throws dev.donmai.contracts.provider.ProviderException.ContractViolation {@code INVALID_VALUE} past
     *         {@value #MAX_DEPTH}
     */
    public Causation child(String parentEventId) {
        return new Causation(depth == 0 ? parentEventId : rootEventId, parentEventId, depth + 1);
    }
}
