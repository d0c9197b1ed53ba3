package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.List;

/**
 * Output of {@code donmai_code_find_type_usages}.
 *
 * @param typeName         the type asked for
 * @param totalUsages      all usages found (≥ the listed ones)
 * @param usages           the listed usages, at most the request's {@code maxResults}
 * @param switchStatements switch statements over the type
 * @param mappingObjects   mapping objects keyed by the type's values
 */
public record TypeUsages(String typeName, int totalUsages, List<TypeUsage> usages, int switchStatements,
        int mappingObjects) {

    public TypeUsages {
        FieldChecks.requireText(typeName, "typeName");
        usages = FieldChecks.requiredList(usages, "usages");
        FieldChecks.check(totalUsages >= usages.size(), "totalUsages");
        FieldChecks.nonNegative(switchStatements, "switchStatements");
        FieldChecks.nonNegative(mappingObjects, "mappingObjects");
    }
}
