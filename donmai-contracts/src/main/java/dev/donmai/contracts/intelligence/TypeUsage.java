package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * One use of a type.
 *
 * @param filePath the root-relative path
 * @param line     the line, from 1
 * @param context  the source line, trimmed
 * @param kind     how the type is used
 */
public record TypeUsage(String filePath, int line, String context, TypeUsageKind kind) {

    public TypeUsage {
        FieldChecks.requireText(filePath, "filePath");
        FieldChecks.positive(line, "line");
        FieldChecks.require(context, "context");
        FieldChecks.require(kind, "kind");
    }
}
