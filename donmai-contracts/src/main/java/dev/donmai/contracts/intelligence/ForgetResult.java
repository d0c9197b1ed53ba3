package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/** The outcome of {@link MemoryStore#forget}: {@code Forgotten} or {@code NotFound}. */
public sealed interface ForgetResult {

    /** The forgotten or missing observation id. */
    String id();

    /**
     * Deleted, and gone from the index files.
     *
     * @param id the observation
     */
    record Forgotten(String id) implements ForgetResult {
        public Forgotten {
            Checks.observationId(id, "id");
        }
    }

    /**
     * No such observation in that scope (also the answer to a repeat).
     *
     * @param id the id asked for
     */
    record NotFound(String id) implements ForgetResult {
        public NotFound {
            FieldChecks.requireText(id, "id");
        }
    }
}
