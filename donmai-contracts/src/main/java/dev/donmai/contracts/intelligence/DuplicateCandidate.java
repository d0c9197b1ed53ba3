package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * One existing piece of code that matches checked content.
 *
 * @param existingId      the index id of the match
 * @param matchType       exact or near (never {@code NONE})
 * @param hammingDistance SimHash distance, 0..64
 * @param filePath        where it is
 * @param symbolName      the enclosing symbol
 * @param line            its first line
 */
public record DuplicateCandidate(String existingId, DuplicateMatchType matchType, int hammingDistance,
        @Nullable String filePath, @Nullable String symbolName, @Nullable Integer line) {

    public DuplicateCandidate {
        FieldChecks.requireText(existingId, "existingId");
        FieldChecks.require(matchType, "matchType");
        FieldChecks.check(matchType != DuplicateMatchType.NONE, "matchType");
        FieldChecks.check(hammingDistance >= 0 && hammingDistance <= 64, "hammingDistance");
        if (line != null) {
            FieldChecks.positive(line, "line");
        }
    }
}
