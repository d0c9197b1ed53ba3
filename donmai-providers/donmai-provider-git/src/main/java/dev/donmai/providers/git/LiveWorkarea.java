package dev.donmai.providers.git;

import dev.donmai.contracts.provider.Nullable;
import java.nio.file.Path;

/**
 * What the provider needs to release an acquired workarea. Kept in memory from acquire to release, and rebuilt from
 * the {@link dev.donmai.contracts.workarea.Workarea} record and git itself when another provider instance (e.g.
 * after a daemon restart) releases it.
 *
 * @param workareaId the workarea's id
 * @param sessionId  the session it was acquired for
 * @param path       {@code worktrees/<sessionId>}
 * @param branch     the branch the workarea is on ({@code agent/<sessionId>})
 * @param baseCommit the commit it was acquired at (the pool commit of a return-to-pool)
 * @param checksum   its clean-state checksum at acquire (the key's checksum at {@code baseCommit})
 * @param ref        the ref asked for
 * @param repo       the source repository; null for an empty repository made without a source
 * @param key        its pool key; null without a source
 * @param mirror     the mirror it is a linked worktree of; null without a source
 */
record LiveWorkarea(
        String workareaId,
        String sessionId,
        Path path,
        String branch,
        String baseCommit,
        String checksum,
        String ref,
        @Nullable RepositoryLocation repo,
        @Nullable PoolKey key,
        @Nullable Path mirror) {

    /** True for a standalone repository made by {@code git init} (no source): it has no mirror and no pool. */
    boolean standalone() {
        return mirror == null;
    }
}
