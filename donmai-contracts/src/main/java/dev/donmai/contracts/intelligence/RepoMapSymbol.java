package dev.donmai.contracts.intelligence;

/**
 * A symbol listed in a {@link RepoMapEntry}.
 *
 * @param name the symbol name
 * @param kind its kind (e.g. {@code class}, {@code method}, {@code function})
 * @param line its first line, from 1
 */
public record RepoMapSymbol(String name, String kind, int line) {

    public RepoMapSymbol {
        Checks.text(name, "name");
        Checks.text(kind, "kind");
        Checks.positive(line, "line");
    }
}
