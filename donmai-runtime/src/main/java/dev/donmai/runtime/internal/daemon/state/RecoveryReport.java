package dev.donmai.runtime.internal.daemon.state;

import java.nio.file.Path;
import java.util.List;

/**
 * What one crash recovery run did (sessions.md §15), for the log and the tests. A second run right after the first
 * reports nothing done.
 *
 * @param interrupted          sessions ended {@code interrupted} ({@code crash}, reason {@code daemon-restart})
 * @param terminated           sessions ended {@code terminated} with their recorded stop mode
 * @param finished             {@code finishing} sessions ended with the result record they had stored
 * @param harnessesStopped     pids of harness groups that were still running and were stopped
 * @param pidsLeftAlone        recorded pids now held by another process (reused), not signalled
 * @param archived             archive directories written, for sessions' workareas and orphans alike
 * @param orphans              names of {@code worktrees/} directories archived with reason {@code orphan}
 * @param poolMembersDestroyed ids of pool members destroyed (acquired without a live session, warming, releasing)
 * @param mirrorsPruned        mirrors that got {@code git worktree prune}
 * @param credentialsRemoved   entries removed from {@code run/cred/}
 * @param problems             what could not be done; recovery went on past each
 */
public record RecoveryReport(List<String> interrupted, List<String> terminated, List<String> finished,
        List<Long> harnessesStopped, List<Long> pidsLeftAlone, List<Path> archived, List<String> orphans,
        List<String> poolMembersDestroyed, int mirrorsPruned, int credentialsRemoved, List<String> problems) {

    public RecoveryReport {
        interrupted = List.copyOf(interrupted);
        terminated = List.copyOf(terminated);
        finished = List.copyOf(finished);
        harnessesStopped = List.copyOf(harnessesStopped);
        pidsLeftAlone = List.copyOf(pidsLeftAlone);
        archived = List.copyOf(archived);
        orphans = List.copyOf(orphans);
        poolMembersDestroyed = List.copyOf(poolMembersDestroyed);
        problems = List.copyOf(problems);
    }

    /** True when no session, process, workarea, pool member or credential needed anything. */
    public boolean nothingRecovered() {
        return interrupted.isEmpty() && terminated.isEmpty() && finished.isEmpty() && harnessesStopped.isEmpty()
                && archived.isEmpty() && poolMembersDestroyed.isEmpty() && credentialsRemoved == 0;
    }
}
