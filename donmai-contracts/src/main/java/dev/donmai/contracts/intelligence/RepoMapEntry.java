package dev.donmai.contracts.intelligence;

import java.util.List;

/**
 * One file of a {@link RepoMap}.
 *
 * @param filePath the root-relative path
 * @param rank     its PageRank
 * @param symbols  at most {@value #MAX_SYMBOLS} symbols, exported first
 */
public record RepoMapEntry(String filePath, double rank, List<RepoMapSymbol> symbols) {

    /** Most symbols per file. */
    public static final int MAX_SYMBOLS = 10;

    public RepoMapEntry {
        Checks.text(filePath, "filePath");
        Checks.check(Double.isFinite(rank) && rank >= 0, "rank");
        symbols = Checks.list(symbols, "symbols");
        Checks.check(symbols.size() <= MAX_SYMBOLS, "symbols");
    }
}
