package ai.rensei.cli.host.service;

import ai.rensei.cli.CliException;
import dev.donmai.runtime.api.daemon.config.ProjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The project set of {@code host install} (host.md §2 step 2). */
public final class ProjectSet {

    private ProjectSet() {
    }

    /**
     * Splits {@code --project} values on {@code ,}, trims, drops empties and parses {@code id} / {@code id=repoURL};
     * a blank id is a usage error.
     */
    public static List<ProjectRef> parse(List<String> values) {
        List<ProjectRef> refs = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String trimmed = part.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                try {
                    refs.add(ProjectRef.parse(trimmed));
                } catch (IllegalArgumentException e) {
                    throw CliException.usage("invalid --project \"" + trimmed + "\": " + e.getMessage());
                }
            }
        }
        return refs;
    }

    /**
     * {@code saved} ids first, then {@code given}, deduplicated by id in first-seen order; a repository given for an
     * id is kept even when the id was seen before without one.
     */
    public static List<ProjectRef> union(List<String> saved, List<ProjectRef> given) {
        Map<String, ProjectRef> byId = new LinkedHashMap<>();
        saved.forEach(id -> byId.putIfAbsent(id, new ProjectRef(id, Optional.empty())));
        for (ProjectRef ref : given) {
            ProjectRef seen = byId.get(ref.id());
            if (seen == null || seen.repository().isEmpty() && ref.repository().isPresent()) {
                byId.put(ref.id(), ref);
            }
        }
        return List.copyOf(byId.values());
    }

    /** The ids, in order. */
    public static List<String> ids(List<ProjectRef> projects) {
        return projects.stream().map(ProjectRef::id).toList();
    }
}
