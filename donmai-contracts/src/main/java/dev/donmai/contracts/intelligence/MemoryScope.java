package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * Where observations live. Scope isolation is physical: one index per organization and project; ids are path-safe,
 * never start with {@code _} and never contain {@code ..}, and are checked before any path is built.
 *
 * @param organizationId the organization, {@value #LOCAL_ORGANIZATION} when there is none
 * @param projectId      the project ({@code projectId}, else {@code repo-<repoKey>})
 * @param repository     the canonical repository URL; a query with it keeps hits of that repository or of none
 */
public record MemoryScope(String organizationId, String projectId, @Nullable String repository) {

    /** The organization of observations that belong to no organization. */
    public static final String LOCAL_ORGANIZATION = "local";

    public MemoryScope {
        Checks.pathSafeId(organizationId, "organizationId");
        Checks.pathSafeId(projectId, "projectId");
        FieldChecks.optionalText(repository, "repository");
        FieldChecks.check(repository == null || !repository.matches("(?i)^https?://[^/?#]*@.*"), "repository");
    }

    /** A scope of {@code projectId} in the {@code local} organization, without repository. */
    public static MemoryScope local(String projectId) {
        return new MemoryScope(LOCAL_ORGANIZATION, projectId, null);
    }
}
