package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * Input of {@code donmai_code_find_type_usages}.
 *
 * @param typeName   the type's simple or qualified name, not blank
 * @param maxResults most usages listed; a value ≤ 0 becomes {@value #DEFAULT_MAX_RESULTS}
 */
public record TypeUsageRequest(String typeName, int maxResults) {

    /** The usage count listed when none is given (ours: the spec leaves it open). */
    public static final int DEFAULT_MAX_RESULTS = 100;

    public TypeUsageRequest {
        FieldChecks.requireText(typeName, "typeName");
        maxResults = maxResults <= 0 ? DEFAULT_MAX_RESULTS : maxResults;
    }
}
