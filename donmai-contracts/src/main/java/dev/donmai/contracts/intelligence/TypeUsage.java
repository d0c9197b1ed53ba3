package dev.donmai.contracts.intelligence;

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
        Checks.text(filePath, "filePath");
        Checks.positive(line, "line");
        Checks.required(context, "context");
        Checks.required(kind, "kind");
    }
}
