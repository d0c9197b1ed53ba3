package dev.donmai.contracts.intelligence;

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
        Checks.text(existingId, "existingId");
        Checks.required(matchType, "matchType");
        Checks.check(matchType != DuplicateMatchType.NONE, "matchType");
        Checks.check(hammingDistance >= 0 && hammingDistance <= 64, "hammingDistance");
        if (line != null) {
            Checks.positive(line, "line");
        }
    }
}
