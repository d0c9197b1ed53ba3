package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.runtime.api.daemon.config.Admission;
import dev.donmai.runtime.api.daemon.config.AdmissionDecision;
import dev.donmai.runtime.api.daemon.config.AdmissionMode;
import dev.donmai.runtime.api.daemon.config.ProjectEntry;
import dev.donmai.runtime.api.daemon.config.RepositoryEntry;
import java.util.Optional;

/** Admission against one file's {@link Admission} (host.md §4.3), with the exact refusals of §3.4. */
public final class AdmissionRules {

    private AdmissionRules() {
    }

    /** Decides {@code spec} under one file; {@code org} is that file's org (empty = the primary). */
    public static AdmissionDecision decide(Admission admission, SessionSpec spec, Optional<String> org) {
        Optional<String> projectId = present(spec.projectId());
        Optional<String> repository = present(spec.repository());
        if (admission.mode() == AdmissionMode.ALL_ROUTED) {
            return new AdmissionDecision.Admitted(org, projectId, repository);
        }
        if (projectId.isEmpty() && repository.isEmpty()) {
            return refused("projectId or repository is required");
        }
        return admission.version() == 1 ? v1(admission, spec, org, projectId, repository)
                : v2(admission, spec, org, projectId, repository);
    }

    private static AdmissionDecision v1(Admission admission, SessionSpec spec, Optional<String> org,
            Optional<String> projectId, Optional<String> repository) {
        Optional<ProjectEntry> byId = projectId.flatMap(id -> admission.projects().stream()
                .filter(p -> p.id().equals(id)).findFirst());
        Optional<ProjectEntry> entry = byId.isPresent() ? byId : repository.flatMap(r -> admission.projects().stream()
                .filter(p -> p.id().equals(r) || p.repository().map(u -> RepositoryUrls.matches(r, u)).orElse(false))
                .findFirst());
        if (entry.isEmpty()) {
            return projectId.isPresent() ? refused("project \"" + projectId.get() + "\" is not allowed")
                    : refused("repository \"" + repository.get() + "\" is not allowed");
        }
        ProjectEntry project = entry.get();
        if (project.repository().isEmpty() && Boolean.TRUE.equals(spec.requiresRepository())) {
            return refused("project \"" + project.id() + "\" has no repository");
        }
        return new AdmissionDecision.Admitted(org, Optional.of(project.id()), project.repository());
    }

    private static AdmissionDecision v2(Admission admission, SessionSpec spec, Optional<String> org,
            Optional<String> projectIdGiven, Optional<String> repositoryGiven) {
        Optional<String> repositoryId = present(spec.repositoryId());
        Optional<String> repository = repositoryGiven;
        String projectId;
        if (projectIdGiven.isPresent()) {
            projectId = projectIdGiven.get();
        } else {
            String submitted = repository.orElseThrow();
            if (admission.enabledProjectIds().contains(submitted)) {
                projectId = submitted;
                repository = Optional.empty();
            } else {
                Optional<RepositoryEntry> source = admission.repositories().stream()
                        .filter(r -> admission.enabledProjectIds().contains(r.projectId()))
                        .filter(r -> RepositoryUrls.matches(submitted, r.source())).findFirst();
                if (source.isEmpty()) {
                    return refused("repository \"" + submitted + "\" is not allowed");
                }
                projectId = source.get().projectId();
            }
        }
        if (!admission.enabledProjectIds().contains(projectId)) {
            return refused("project \"" + projectId + "\" is not allowed");
        }
        String project = projectId;
        Optional<String> canonical;
        if (repositoryId.isPresent()) {
            Optional<RepositoryEntry> byId = admission.repositoriesOf(project).stream()
                    .filter(r -> r.id().equals(repositoryId.get())).findFirst();
            if (byId.isEmpty()) {
                return notForProject(repositoryId.get(), project);
            }
            if (repository.isPresent() && !RepositoryUrls.matches(repository.get(), byId.get().source())) {
                return notForProject(repository.get(), project);
            }
            canonical = Optional.of(byId.get().source());
        } else if (repository.isPresent() && !repository.get().equals(project)) {
            String submitted = repository.get();
            Optional<RepositoryEntry> source = admission.repositoriesOf(project).stream()
                    .filter(r -> RepositoryUrls.matches(submitted, r.source())).findFirst();
            if (source.isEmpty()) {
                return notForProject(submitted, project);
            }
            canonical = Optional.of(source.get().source());
        } else {
            canonical = admission.repositoriesOf(project).stream().filter(RepositoryEntry::primary).findFirst()
                    .map(RepositoryEntry::source);
            if (canonical.isEmpty() && Boolean.TRUE.equals(spec.requiresRepository())) {
                return refused("project \"" + project + "\" has no repository");
            }
        }
        return new AdmissionDecision.Admitted(org, Optional.of(project), canonical);
    }

    private static AdmissionDecision notForProject(String repository, String projectId) {
        return refused("repository \"" + repository + "\" is not allowed for project \"" + projectId + "\"");
    }

    private static AdmissionDecision refused(String error) {
        return new AdmissionDecision.Refused(error);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
