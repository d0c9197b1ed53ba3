package dev.donmai.runtime.api.daemon.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code projects[]} entry (admission v1).
 *
 * @param id            project id, unique in the file
 * @param repository    the project's repository URL (the {@code repoUrl} alias is read into it); absent = the
 *                      session gets no checkout
 * @param cloneStrategy {@code shallow}, {@code full} or {@code reference-clone}
 * @param git           git credentials for this project
 */
public record ProjectEntry(String id, Optional<String> repository, Optional<String> cloneStrategy, ProjectGit git) {

    /** The {@code cloneStrategy} values of {@code projects[]} and {@code repositories[]}. */
    public static final List<String> CLONE_STRATEGIES = List.of("shallow", "full", "reference-clone");

    public ProjectEntry {
        if (Objects.requireNonNull(id, "id").isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(repository, "repository");
        cloneStrategy = CloneStrategies.check(Objects.requireNonNull(cloneStrategy, "cloneStrategy"));
        Objects.requireNonNull(git, "git");
    }

    /** An entry with only an id and an optional repository. */
    public static ProjectEntry of(String id, Optional<String> repository) {
        return new ProjectEntry(id, repository, Optional.empty(), ProjectGit.NONE);
    }
}
