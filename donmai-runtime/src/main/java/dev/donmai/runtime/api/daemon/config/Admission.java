package dev.donmai.runtime.api.daemon.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admission keys of one daemon.yaml file (host.md §4.2, §4.3): {@code projectAdmissionVersion},
 * {@code projectAdmissionMode}, and the v1 {@code projects[]} or the v2 {@code enabledProjectIds[]} +
 * {@code repositories[]}. These are the keys hot reload applies.
 *
 * @param version           1 or 2
 * @param mode              enumerated or all-routed
 * @param projects          v1 entries (empty in v2)
 * @param enabledProjectIds v2 enabled project ids, in config order (empty in v1)
 * @param repositories      v2 repositories, in config order (empty in v1)
 */
public record Admission(int version, AdmissionMode mode, List<ProjectEntry> projects, List<String> enabledProjectIds,
        List<RepositoryEntry> repositories) {

    /** v1, enumerated, nothing allowed: every session is refused. */
    public static final Admission NONE = new Admission(1, AdmissionMode.ENUMERATED, List.of(), List.of(), List.of());

    public Admission {
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("version must be 1 or 2");
        }
        Objects.requireNonNull(mode, "mode");
        projects = List.copyOf(projects);
        enabledProjectIds = List.copyOf(enabledProjectIds);
        repositories = List.copyOf(repositories);
        if (version == 2 && !projects.isEmpty()) {
            throw new IllegalArgumentException("projects is not allowed when projectAdmissionVersion is 2");
        }
        if (version == 1 && !(enabledProjectIds.isEmpty() && repositories.isEmpty())) {
            throw new IllegalArgumentException("enabledProjectIds and repositories require projectAdmissionVersion: 2");
        }
        unique(projects.stream().map(ProjectEntry::id).collect(Collectors.toList()), "projects[].id");
        unique(enabledProjectIds, "enabledProjectIds");
        unique(repositories.stream().map(RepositoryEntry::id).collect(Collectors.toList()), "repositories[].id");
        Set<String> withPrimary = new HashSet<>();
        for (RepositoryEntry repository : repositories) {
            if (repository.primary() && !withPrimary.add(repository.projectId())) {
                throw new IllegalArgumentException("project " + repository.projectId() + " has two primary repositories");
            }
        }
    }

    /** v1 with these projects, enumerated. */
    public static Admission v1(List<ProjectEntry> projects) {
        return new Admission(1, AdmissionMode.ENUMERATED, projects, List.of(), List.of());
    }

    /** v2 with these enabled projects and repositories, enumerated. */
    public static Admission v2(List<String> enabledProjectIds, List<RepositoryEntry> repositories) {
        return new Admission(2, AdmissionMode.ENUMERATED, List.of(), enabledProjectIds, repositories);
    }

    /** Admit every routed session ({@code --ephemeral}, scale.md §2.1). */
    public static Admission allRouted() {
        return new Admission(1, AdmissionMode.ALL_ROUTED, List.of(), List.of(), List.of());
    }

    /** The enabled project ids: v1 {@code projects[].id}, v2 {@code enabledProjectIds} in order. */
    public List<String> enabledIds() {
        return version == 1 ? projects.stream().map(ProjectEntry::id).collect(Collectors.toUnmodifiableList())
                : enabledProjectIds;
    }

    /**
     * {@code allowedProjects} of {@code /stats}: v1 {@code projects[].repository} (the id when absent); v2 every
     * {@code repositories[].source} in config order, including those of projects that are not enabled.
     */
    public List<String> allowedProjects() {
        return version == 1
                ? projects.stream().map(p -> p.repository().orElse(p.id())).collect(Collectors.toUnmodifiableList())
                : repositories.stream().map(RepositoryEntry::source).collect(Collectors.toUnmodifiableList());
    }

    /** Allowlist entries: v1 {@code projects.size()}, v2 {@code enabledProjectIds.size()}. */
    public int projectsAllowed() {
        return version == 1 ? projects.size() : enabledProjectIds.size();
    }

    /** The repositories of one project, in config order. */
    public List<RepositoryEntry> repositoriesOf(String projectId) {
        return repositories.stream().filter(r -> r.projectId().equals(projectId))
                .collect(Collectors.toUnmodifiableList());
    }

    private static void unique(List<String> ids, String what) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException(what + " must be unique");
        }
    }
}
