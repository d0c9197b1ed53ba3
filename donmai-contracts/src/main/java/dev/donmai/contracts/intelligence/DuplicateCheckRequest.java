package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * Input of {@code donmai_code_check_duplicate}: exactly one of {@code content} and {@code contentFile}.
 *
 * @param content     the code to check
 * @param contentFile a root-relative file holding it; the service refuses one outside the root
 * @param maxResults  more matches to list in {@link DuplicateCheckResult#matches()}; 0 = only the top match
 */
public record DuplicateCheckRequest(@Nullable String content, @Nullable String contentFile, int maxResults) {

    public DuplicateCheckRequest {
        FieldChecks.check((content == null) != (contentFile == null), "content");
        FieldChecks.optionalText(content, "content");
        FieldChecks.optionalText(contentFile, "contentFile");
        FieldChecks.nonNegative(maxResults, "maxResults");
    }

    /** A check of {@code content}, top match only. */
    public static DuplicateCheckRequest ofContent(String content) {
        return new DuplicateCheckRequest(content, null, 0);
    }
}
