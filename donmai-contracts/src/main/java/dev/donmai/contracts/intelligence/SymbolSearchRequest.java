package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * Input of {@code donmai_code_search_symbols}.
 *
 * @param query       the name or words to find, not blank
 * @param maxResults  most hits; a value ≤ 0 becomes {@value #DEFAULT_MAX_RESULTS}
 * @param kinds       symbol kinds to include; empty = all
 * @param filePattern a glob the file must match
 * @param includeDoc  add {@code endLine}, {@code exported} and {@code language} to hits
 */
public record SymbolSearchRequest(String query, int maxResults, List<String> kinds, @Nullable String filePattern,
        boolean includeDoc) {

    /** The hit count used when none is given. */
    public static final int DEFAULT_MAX_RESULTS = 20;

    public SymbolSearchRequest {
        FieldChecks.requireText(query, "query");
        maxResults = maxResults <= 0 ? DEFAULT_MAX_RESULTS : maxResults;
        kinds = FieldChecks.requiredTexts(kinds, "kinds");
        FieldChecks.optionalText(filePattern, "filePattern");
    }

    /** A search for {@code query} with defaults. */
    public static SymbolSearchRequest of(String query) {
        return new SymbolSearchRequest(query, 0, List.of(), null, false);
    }
}
