package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * Output of {@code donmai_code_check_duplicate}: the top match (or none) and, on request, more matches. Exact =
 * same SHA-256 of normalised text; near = SimHash of token 3-shingles (≥ 20 tokens) within Hamming 3.
 *
 * @param isDuplicate     true iff {@code matchType} is not {@code NONE}
 * @param matchType       how the top match matched
 * @param existingId      the top match's index id (absent with {@code NONE})
 * @param hammingDistance the top match's distance (absent with {@code NONE})
 * @param filePath        the top match's file
 * @param symbolName      the top match's symbol
 * @param line            the top match's line
 * @param matches         further matches, when asked for
 */
public record DuplicateCheckResult(
        boolean isDuplicate,
        DuplicateMatchType matchType,
        @Nullable String existingId,
        @Nullable Integer hammingDistance,
        @Nullable String filePath,
        @Nullable String symbolName,
        @Nullable Integer line,
        List<DuplicateCandidate> matches) {

    public DuplicateCheckResult {
        FieldChecks.require(matchType, "matchType");
        FieldChecks.check(isDuplicate == (matchType != DuplicateMatchType.NONE), "isDuplicate");
        if (isDuplicate) {
            FieldChecks.requireText(existingId, "existingId");
            FieldChecks.require(hammingDistance, "hammingDistance");
            FieldChecks.check(hammingDistance >= 0 && hammingDistance <= 64, "hammingDistance");
        } else {
            FieldChecks.check(existingId == null && hammingDistance == null, "existingId");
        }
        matches = FieldChecks.requiredList(matches, "matches");
    }

    /** The result for content that matches nothing. */
    public static DuplicateCheckResult none() {
        return new DuplicateCheckResult(false, DuplicateMatchType.NONE, null, null, null, null, null, List.of());
    }

    /** The result whose top match is {@code top}. */
    public static DuplicateCheckResult of(DuplicateCandidate top, List<DuplicateCandidate> more) {
        return new DuplicateCheckResult(true, top.matchType(), top.existingId(), top.hammingDistance(),
                top.filePath(), top.symbolName(), top.line(), more);
    }
}
