package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.List;

/** The outcome of one memory write: {@code Written}, {@code Duplicate} or {@code Rejected}. */
public sealed interface WriteResult {

    /**
     * Stored.
     *
     * @param observation the stored observation (redacted, with its id)
     * @param warnings    short codes of what did not go as asked (e.g. {@code supersedes-not-live},
     *                    {@code vector-pending})
     */
    record Written(Observation observation, List<String> warnings) implements WriteResult {
        public Written {
            FieldChecks.require(observation, "observation");
            warnings = FieldChecks.requiredTexts(warnings, "warnings");
        }
    }

    /**
     * Not stored: an observation of the same kind already says this.
     *
     * @param existingId the existing observation
     * @param match      exact (same normalised text) or near (SimHash)
     * @param hamming    the SimHash Hamming distance, 0..64; 0 for {@code EXACT}
     */
    record Duplicate(String existingId, DuplicateMatch match, int hamming) implements WriteResult {
        public Duplicate {
            Checks.observationId(existingId, "existingId");
            FieldChecks.require(match, "match");
            FieldChecks.check(hamming >= 0 && hamming <= 64, "hamming");
            FieldChecks.check(match != DuplicateMatch.EXACT || hamming == 0, "hamming");
        }
    }

    /**
     * Not stored: invalid, or too little text left after redaction.
     *
     * @param reason a short, secret-free code (e.g. {@code too-short-after-redaction})
     */
    record Rejected(String reason) implements WriteResult {
        public Rejected {
            FieldChecks.requireText(reason, "reason");
        }
    }
}
