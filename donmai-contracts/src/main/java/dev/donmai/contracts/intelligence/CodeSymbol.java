package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * A symbol in a search hit. {@code endLine}, {@code exported} and {@code language} are set only when the request
 * asked for {@code includeDoc}.
 *
 * @param name          the symbol name
 * @param kind          its kind ({@code file} for a file chunk)
 * @param filePath      the root-relative path
 * @param line          its first line, from 1
 * @param signature     its signature
 * @param documentation its doc comment
 * @param parentName    the enclosing symbol
 * @param endLine       its last line
 * @param exported      visible outside its module or package
 * @param language      the file's language
 */
public record CodeSymbol(
        String name,
        String kind,
        String filePath,
        int line,
        @Nullable String signature,
        @Nullable String documentation,
        @Nullable String parentName,
        @Nullable Integer endLine,
        @Nullable Boolean exported,
        @Nullable String language) {

    public CodeSymbol {
        FieldChecks.requireText(name, "name");
        FieldChecks.requireText(kind, "kind");
        FieldChecks.requireText(filePath, "filePath");
        FieldChecks.positive(line, "line");
        if (endLine != null) {
            FieldChecks.check(endLine >= line, "endLine");
        }
    }
}
