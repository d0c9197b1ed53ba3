package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * A symbol listed in a {@link RepoMapEntry}.
 *
 * @param name the symbol name
 * @param kind its kind (e.g. {@code class}, {@code method}, {@code function})
 * @param line its first line, from 1
 */
public record RepoMapSymbol(String name, String kind, int line) {

    public RepoMapSymbol {
        FieldChecks.requireText(name, "name");
        FieldChecks.requireText(kind, "kind");
        FieldChecks.positive(line, "line");
    }
}
