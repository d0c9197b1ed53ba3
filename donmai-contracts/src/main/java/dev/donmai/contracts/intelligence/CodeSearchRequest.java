package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * Input of {@code donmai_code_search_code}.
 *
 * @param query      the words to find, not blank
 * @param maxResults most hits; a value ≤ 0 becomes {@value #DEFAULT_MAX_RESULTS}
 * @param language   only files of this language
 * @param includeDoc add {@code endLine}, {@code exported} and {@code language} to hits
 */
public record CodeSearchRequest(String query, int maxResults, @Nullable String language, boolean includeDoc) {

    /** The hit count used when none is given. */
    public static final int DEFAULT_MAX_RESULTS = 20;

    public CodeSearchRequest {
        FieldChecks.requireText(query, "query");
        maxResults = maxResults <= 0 ? DEFAULT_MAX_RESULTS : maxResults;
        FieldChecks.optionalText(language, "language");
    }
}
