package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.daemon.config.Admission;
import dev.donmai.runtime.api.daemon.config.AdmissionMode;
import dev.donmai.runtime.api.daemon.config.ProjectEntry;
import dev.donmai.runtime.api.daemon.config.ProjectGit;
import dev.donmai.runtime.api.daemon.config.RepositoryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The admission keys of a file (host.md §4.2): {@code projectAdmissionVersion}, {@code projectAdmissionMode},
 * v1 {@code projects[]}, v2 {@code enabledProjectIds[]} and {@code repositories[]}, with the v1/v2 cross rules.
 */
final class AdmissionReader {

    /** The top-level keys this reader owns. */
    static final List<String> KEYS = List.of("projectAdmissionVersion", "projectAdmissionMode", "projects",
            "enabledProjectIds", "repositories");
    /** The keys hot reload applies (host.md §4.1): all of {@link #KEYS} but the version. */
    static final List<String> LIVE_KEYS = KEYS.subList(1, KEYS.size());

    private static final List<String> MODES = List.of(AdmissionMode.ENUMERATED.wire(), AdmissionMode.ALL_ROUTED.wire());

    private AdmissionReader() {
    }

    static Admission read(YamlMapping root) {
        Optional<Integer> declared = root.has("projectAdmissionVersion")
                ? root.integer("projectAdmissionVersion", 1, 2) : Optional.of(1);
        AdmissionMode mode = root.oneOf("projectAdmissionMode", MODES)
                .map(m -> m.equals(AdmissionMode.ALL_ROUTED.wire()) ? AdmissionMode.ALL_ROUTED
                        : AdmissionMode.ENUMERATED)
                .orElse(AdmissionMode.ENUMERATED);
        int version = declared.orElse(1);
        boolean versionKnown = declared.isPresent();
        List<ProjectEntry> projects = projects(root);
        List<String> enabled = enabledProjectIds(root);
        List<RepositoryEntry> repositories = repositories(root);
        if (versionKnown && version == 2 && root.has("projects")) {
            root.values().problems().error(root.keyNode("projects").orElseThrow(), "projects",
                    "not allowed when projectAdmissionVersion is 2");
        }
        if (versionKnown && version == 1) {
            for (String key : List.of("enabledProjectIds", "repositories")) {
                if (root.has(key)) {
                    root.values().problems().error(root.keyNode(key).orElseThrow(), key,
                            "requires projectAdmissionVersion: 2");
                }
            }
        }
        if (root.values().problems().hasErrors()) {
            return Admission.NONE;
        }
        return version == 1 ? new Admission(1, mode, projects, List.of(), List.of())
                : new Admission(2, mode, List.of(), enabled, repositories);
    }

    private static List<ProjectEntry> projects(YamlMapping root) {
        List<ProjectEntry> projects = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<Node> items = root.list("projects").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = "projects[" + i + "]";
            Optional<YamlMapping> entry = root.values().mapping(items.get(i), at);
            if (entry.isEmpty()) {
                if (YamlValues.isNull(items.get(i))) {
                    root.values().problems().error(items.get(i), at, "must be a mapping");
                }
                continue;
            }
            project(entry.get(), seen).ifPresent(projects::add);
        }
        return projects;
    }

    private static Optional<ProjectEntry> project(YamlMapping entry, Map<String, String> seen) {
        boolean hasId = entry.require("id");
        Optional<String> id = entry.text("id");
        id.ifPresent(value -> unique(entry, "id", value, seen));
        Optional<String> repository = entry.text("repository");
        if (entry.has("repoUrl")) {
            Node key = entry.keyNode("repoUrl").orElseThrow();
            if (entry.has("repository")) {
                entry.values().problems().error(key, entry.path("repoUrl"),
                        "cannot be used together with repository");
                entry.get("repoUrl");
            } else {
                entry.values().problems().warn(key, entry.path("repoUrl"), "deprecated alias; use repository");
                repository = entry.text("repoUrl");
            }
        }
        Optional<String> cloneStrategy = entry.oneOf("cloneStrategy", ProjectEntry.CLONE_STRATEGIES);
        ProjectGit git = entry.mapping("git").map(AdmissionReader::git).orElse(ProjectGit.NONE);
        entry.warnUnknown();
        if (!hasId || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectEntry(id.get(), repository, cloneStrategy, git));
    }

    private static ProjectGit git(YamlMapping git) {
        Optional<Secret> helper = git.text("credentialHelper").map(Secret::of);
        ProjectGit value = new ProjectGit(helper, git.filePath("sshKey"));
        git.warnUnknown();
        return value;
    }

    private static List<String> enabledProjectIds(YamlMapping root) {
        List<String> ids = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<Node> items = root.list("enabledProjectIds").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = "enabledProjectIds[" + i + "]";
            Node item = items.get(i);
            Optional<String> id = YamlValues.isNull(item) ? Optional.empty() : root.values().text(item, at);
            if (YamlValues.isNull(item)) {
                root.values().problems().error(item, at, "must not be empty");
            }
            id.ifPresent(value -> {
                if (seen.putIfAbsent(value, at) != null) {
                    root.values().problems().error(item, at, "duplicate id \"" + value + "\" (first at "
                            + seen.get(value) + ")");
                } else {
                    ids.add(value);
                }
            });
        }
        return ids;
    }

    private static List<RepositoryEntry> repositories(YamlMapping root) {
        List<RepositoryEntry> repositories = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> primaryOf = new LinkedHashMap<>();
        List<Node> items = root.list("repositories").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = "repositories[" + i + "]";
            Optional<YamlMapping> entry = root.values().mapping(items.get(i), at);
            if (entry.isEmpty()) {
                if (YamlValues.isNull(items.get(i))) {
                    root.values().problems().error(items.get(i), at, "must be a mapping");
                }
                continue;
            }
            repository(entry.get(), seen, primaryOf).ifPresent(repositories::add);
        }
        return repositories;
    }

    private static Optional<RepositoryEntry> repository(YamlMapping entry, Map<String, String> seen,
            Map<String, String> primaryOf) {
        boolean complete = entry.require("id") & entry.require("projectId") & entry.require("source");
        Optional<String> id = entry.text("id");
        id.ifPresent(value -> unique(entry, "id", value, seen));
        Optional<String> projectId = entry.text("projectId");
        Optional<String> source = entry.text("source");
        boolean primary = entry.bool("primary").orElse(false);
        if (primary && projectId.isPresent()) {
            String first = primaryOf.putIfAbsent(projectId.get(), entry.path());
            if (first != null) {
                entry.values().problems().error(entry.get("primary").orElseThrow(), entry.path("primary"),
                        "project \"" + projectId.get() + "\" already has a primary repository (" + first + ")");
            }
        }
        Optional<String> cloneStrategy = entry.oneOf("cloneStrategy", ProjectEntry.CLONE_STRATEGIES);
        entry.warnUnknown();
        if (!complete || id.isEmpty() || projectId.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RepositoryEntry(id.get(), projectId.get(), source.get(), primary, cloneStrategy));
    }

    private static void unique(YamlMapping entry, String key, String value, Map<String, String> seen) {
        String first = seen.putIfAbsent(value, entry.path());
        if (first != null) {
            entry.values().problems().error(entry.get(key).orElseThrow(), entry.path(key),
                    "duplicate id \"" + value + "\" (first at " + first + ")");
        }
    }
}
