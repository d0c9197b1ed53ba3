package dev.donmai.providers.git;

import java.util.List;

/**
 * What one disk check did (sessions.md §13 "Disk / LRU").
 *
 * @param budgetBytes     the budget ({@code poolMaxDiskGb}); 0 = no budget, nothing was measured
 * @param usageBefore     bytes of mirrors and pool members before eviction
 * @param usageAfter      bytes after eviction
 * @param pressure        usage was at or above 80 % of the budget (WARN, condition {@code disk-pressure})
 * @param evictedMembers  ids of the ready members destroyed, least recently used first
 * @param evictedMirrors  repoKeys of the mirrors deleted
 */
public record EvictionReport(
        long budgetBytes,
        long usageBefore,
        long usageAfter,
        boolean pressure,
        List<String> evictedMembers,
        List<String> evictedMirrors) {

    public EvictionReport {
        evictedMembers = List.copyOf(evictedMembers);
        evictedMirrors = List.copyOf(evictedMirrors);
    }

    /** The report when no budget is set. */
    static EvictionReport off() {
        return new EvictionReport(0, 0, 0, false, List.of(), List.of());
    }
}
