package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code repositories[]} entry (admission v2).
 *
 * @param id            repository id, unique in the file
 * @param projectId     the project the repository belongs to
 * @param source        clone URL or path
 * @param primary       the project's default checkout; at most one per project
 * @param cloneStrategy {@code shallow}, {@code full} or {@code reference-clone}
 */
public record RepositoryEntry(String id, String projectId, String source, boolean primary,
        Optional<String> cloneStrategy) {

    public RepositoryEntry {
        for (String text : new String[] {id, projectId, source}) {
            if (Objects.requireNonNull(text, "id, projectId and source are required").isBlank()) {
                throw new IllegalArgumentException("id, projectId and source must not be blank");
            }
        }
        cloneStrategy = CloneStrategies.check(Objects.requireNonNull(cloneStrategy, "cloneStrategy"));
    }
}
