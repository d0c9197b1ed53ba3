package dev.donmai.contracts.intelligence;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Code intelligence over a repository working tree (intelligence.md §6): the six operations behind the MCP tools
 * {@link CodeIntelligenceTool}. Each call names the tree's {@code root}; the service keeps one index per commit and
 * overlays uncommitted changes. A failed run (a bad {@code contentFile}, an unreadable root) throws a
 * {@link dev.donmai.contracts.provider.ProviderException}, which the MCP adapter reports as {@code isError:true}.
 */
public interface CodeIntelligence extends AutoCloseable {

    /** {@code donmai_code_get_repo_map}: files ranked by PageRank with their main symbols. */
    RepoMap getRepoMap(Path root, RepoMapRequest request, Duration timeout);

    /** {@code donmai_code_search_symbols}: exact name, else BM25, else fuzzy. */
    SymbolSearchResult searchSymbols(Path root, SymbolSearchRequest request, Duration timeout);

    /** {@code donmai_code_search_code}: BM25 over symbol bodies and file chunks. */
    CodeSearchResult searchCode(Path root, CodeSearchRequest request, Duration timeout);

    /** {@code donmai_code_check_duplicate}: exact or near copies of some content. */
    DuplicateCheckResult checkDuplicate(Path root, DuplicateCheckRequest request, Duration timeout);

    /** {@code donmai_code_find_type_usages}: where and how a type is used. */
    TypeUsages findTypeUsages(Path root, TypeUsageRequest request, Duration timeout);

    /** {@code donmai_code_validate_cross_deps}: imports whose dependency no manifest declares. */
    CrossDepsResult validateCrossDeps(Path root, CrossDepsRequest request, Duration timeout);

    /** Releases indexes and threads; idempotent. */
    @Override
    default void close() {
    }
}
