package ai.rensei.cli.context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code config.json} (host.md §2 step 4):
 * {@code {activeOrg?, activeProject?, host{projects[], satellites{<org>{projects[]}}}}}.
 *
 * @param activeOrg     the default organization
 * @param activeProject the default project
 * @param hostProjects  the project ids {@code host install} recorded for the primary organization
 * @param satellites    per satellite organization, the project ids recorded by {@code host install --org}
 */
public record SavedContext(Optional<String> activeOrg, Optional<String> activeProject, List<String> hostProjects,
        Map<String, List<String>> satellites) {

    /** Nothing saved yet. */
    public static final SavedContext EMPTY = new SavedContext(Optional.empty(), Optional.empty(), List.of(), Map.of());

    public SavedContext {
        Objects.requireNonNull(activeOrg, "activeOrg");
        Objects.requireNonNull(activeProject, "activeProject");
        hostProjects = List.copyOf(hostProjects);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        satellites.forEach((org, projects) -> copy.put(org, List.copyOf(projects)));
        satellites = java.util.Collections.unmodifiableMap(copy);
    }

    /** The projects recorded for satellite {@code org}; empty when none. */
    public List<String> satelliteProjects(String org) {
        return satellites.getOrDefault(org, List.of());
    }
}
