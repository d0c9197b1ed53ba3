package dev.donmai.contracts.vcs;

import java.time.Duration;
import java.util.List;

/** Facet of a {@link VcsProvider} whose {@code conflictGranularity} is not {@code NONE}. */
public interface VcsConflicts {

    /** The workspace's unresolved conflicts; empty when there are none. */
    List<Conflict> list(VcsWorkspace workspace, Duration timeout);

    /** Resolves the conflict at {@code path} with {@code choice}. */
    void resolve(VcsWorkspace workspace, String path, ConflictChoice choice, Duration timeout);
}
