package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * One rebuilt memory index.
 *
 * @param organizationId the organization
 * @param projectId      the project; null for the organization's own notes
 * @param count          observations reindexed
 * @param tookMs         wall time in milliseconds
 */
public record ReindexReport(String organizationId, @Nullable String projectId, long count, long tookMs) {

    public ReindexReport {
        Checks.pathSafeId(organizationId, "organizationId");
        if (projectId != null) {
            Checks.pathSafeId(projectId, "projectId");
        }
        FieldChecks.nonNegative(count, "count");
        FieldChecks.nonNegative(tookMs, "tookMs");
    }
}
