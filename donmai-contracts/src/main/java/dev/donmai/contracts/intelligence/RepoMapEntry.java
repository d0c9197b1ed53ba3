package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
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
        FieldChecks.requireText(filePath, "filePath");
        FieldChecks.check(Double.isFinite(rank) && rank >= 0, "rank");
        symbols = FieldChecks.requiredList(symbols, "symbols");
        FieldChecks.check(symbols.size() <= MAX_SYMBOLS, "symbols");
    }
}
