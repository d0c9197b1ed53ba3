package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.runtime.api.daemon.config.ProjectRef;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Edits the admission keys and the token of a daemon.yaml at the node level, so every other key, its scalar
 * spelling and its comments survive (host.md §2 step 3, §4.1 "Writes"). A file that would not change is not
 * rewritten.
 */
public final class YamlDocumentEditor {

    private final Path file;
    private final MappingNode root;
    private final String before;

    private YamlDocumentEditor(Path file, MappingNode root, String before) {
        this.file = file;
        this.root = root;
        this.before = before;
    }

    /** Opens {@code file}; a missing or empty file is an empty document. */
    public static YamlDocumentEditor open(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            return new YamlDocumentEditor(absolute, emptyMapping(), null);
        }
        Optional<Node> node = parse(absolute, Files.readString(absolute, StandardCharsets.UTF_8));
        if (node.isEmpty() || YamlValues.isNull(node.get())) {
            return new YamlDocumentEditor(absolute, emptyMapping(), "");
        }
        if (!(node.get() instanceof MappingNode)) {
            throw new IOException(absolute + ": the document is not a mapping");
        }
        MappingNode root = (MappingNode) node.get();
        return new YamlDocumentEditor(absolute, root, render(root));
    }

    /** The project ids the document allows: v1 {@code projects[].id}, v2 {@code enabledProjectIds}. */
    public List<String> projectIds() {
        List<String> ids = new ArrayList<>();
        if (version() == 2) {
            sequence(root, "enabledProjectIds").ifPresent(seq -> seq.getValue().forEach(n -> text(n).ifPresent(ids::add)));
        } else {
            sequence(root, "projects").ifPresent(seq -> seq.getValue().forEach(n -> {
                if (n instanceof MappingNode) {
                    value((MappingNode) n, "id").flatMap(YamlDocumentEditor::text).ifPresent(ids::add);
                }
            }));
        }
        return ids;
    }

    /**
     * Sets the allowlist to {@code projects}: v1 {@code projects[]} (entries kept for ids that stay, their
     * {@code repository} updated when given), v2 {@code enabledProjectIds} plus a {@code repositories[]} entry for
     * each URL not listed yet for its project (primary when the project has none).
     */
    public void setProjects(List<ProjectRef> projects) {
        if (version() == 2) {
            setV2(projects);
        } else {
            setV1(projects);
        }
    }

    /** Sets {@code orchestrator.authToken}. */
    public void setAuthToken(String token) {
        put(section("orchestrator"), "authToken", scalar(token));
    }

    /** Sets {@code capacity.maxConcurrentSessions} (a plain integer scalar). */
    public void setMaxConcurrentSessions(int sessions) {
        put(section("capacity"), "maxConcurrentSessions",
                new ScalarNode(Tag.INT, Integer.toString(sessions), null, null, DumperOptions.ScalarStyle.PLAIN));
    }

    /** The top-level mapping {@code key}, created empty when absent or not a mapping. */
    private MappingNode section(String key) {
        Optional<Node> existing = value(root, key);
        if (existing.isPresent() && existing.get() instanceof MappingNode) {
            return (MappingNode) existing.get();
        }
        MappingNode created = emptyMapping();
        put(root, key, created);
        return created;
    }

    /** Writes the document through {@link AtomicFiles} (0600) when it changed; true when it did. */
    public boolean save() throws IOException {
        String after = render(root);
        if (after.equals(before)) {
            return false;
        }
        AtomicFiles.writeString(file, after);
        return true;
    }

    private int version() {
        return value(root, "projectAdmissionVersion").flatMap(YamlDocumentEditor::text)
                .filter("2"::equals).map(v -> 2).orElse(1);
    }

    private void setV1(List<ProjectRef> projects) {
        Map<String, MappingNode> existing = new LinkedHashMap<>();
        sequence(root, "projects").ifPresent(seq -> seq.getValue().forEach(n -> {
            if (n instanceof MappingNode) {
                value((MappingNode) n, "id").flatMap(YamlDocumentEditor::text)
                        .ifPresent(id -> existing.putIfAbsent(id, (MappingNode) n));
            }
        }));
        List<Node> entries = new ArrayList<>();
        for (ProjectRef project : projects) {
            MappingNode entry = existing.get(project.id());
            if (entry == null) {
                entry = emptyMapping();
                put(entry, "id", scalar(project.id()));
            }
            MappingNode target = entry;
            project.repository().ifPresent(url -> {
                remove(target, "repoUrl");
                put(target, "repository", scalar(url));
            });
            entries.add(entry);
        }
        put(root, "projects", new SequenceNode(Tag.SEQ, entries, DumperOptions.FlowStyle.BLOCK));
    }

    private void setV2(List<ProjectRef> projects) {
        List<Node> ids = new ArrayList<>();
        projects.forEach(p -> ids.add(scalar(p.id())));
        put(root, "enabledProjectIds", new SequenceNode(Tag.SEQ, ids, DumperOptions.FlowStyle.BLOCK));
        List<Node> repositories = new ArrayList<>(sequence(root, "repositories")
                .map(SequenceNode::getValue).orElse(List.of()));
        Set<String> repositoryIds = new HashSet<>();
        Set<String> withPrimary = new HashSet<>();
        List<String[]> sources = new ArrayList<>();
        for (Node node : repositories) {
            if (node instanceof MappingNode) {
                MappingNode entry = (MappingNode) node;
                Optional<String> projectId = value(entry, "projectId").flatMap(YamlDocumentEditor::text);
                value(entry, "id").flatMap(YamlDocumentEditor::text).ifPresent(repositoryIds::add);
                value(entry, "source").flatMap(YamlDocumentEditor::text)
                        .ifPresent(s -> sources.add(new String[] {projectId.orElse(""), s}));
                if (value(entry, "primary").flatMap(YamlDocumentEditor::text).filter("true"::equals).isPresent()) {
                    projectId.ifPresent(withPrimary::add);
                }
            }
        }
        boolean added = false;
        for (ProjectRef project : projects) {
            if (project.repository().isEmpty()) {
                continue;
            }
            String url = project.repository().get();
            boolean listed = sources.stream()
                    .anyMatch(s -> s[0].equals(project.id()) && RepositoryUrls.matches(s[1], url));
            if (listed) {
                continue;
            }
            String id = project.id();
            for (int n = 2; repositoryIds.contains(id); n++) {
                id = project.id() + "-" + n;
            }
            repositoryIds.add(id);
            sources.add(new String[] {project.id(), url});
            MappingNode entry = emptyMapping();
            put(entry, "id", scalar(id));
            put(entry, "projectId", scalar(project.id()));
            put(entry, "source", scalar(url));
            if (withPrimary.add(project.id())) {
                put(entry, "primary", new ScalarNode(Tag.BOOL, "true", null, null, DumperOptions.ScalarStyle.PLAIN));
            }
            repositories.add(entry);
            added = true;
        }
        if (added) {
            put(root, "repositories", new SequenceNode(Tag.SEQ, repositories, DumperOptions.FlowStyle.BLOCK));
        }
    }

    /**
     * Parses with comments kept; should SnakeYAML's comment handling trip over a layout that is valid YAML, the
     * document is parsed again without them (host.md §4.1 lets a rewrite lose comments).
     */
    private static Optional<Node> parse(Path file, String text) throws IOException {
        Problems withComments = new Problems(file);
        Optional<Node> node = SettingsReader.compose(text, withComments, true);
        if (!withComments.hasErrors()) {
            return node;
        }
        Problems plain = new Problems(file);
        node = SettingsReader.compose(text, plain, false);
        if (plain.hasErrors()) {
            throw new IOException(plain.errors().get(0).render());
        }
        return node;
    }

    private static String render(MappingNode root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setProcessComments(true);
        StringWriter out = new StringWriter();
        LoaderOptions loader = new LoaderOptions();
        loader.setProcessComments(true);
        new Yaml(loader, options).serialize(root, out);
        return out.toString();
    }

    private static MappingNode emptyMapping() {
        return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }

    private static ScalarNode scalar(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (text(tuple.getKeyNode()).filter(key::equals).isPresent()) {
                return YamlValues.isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static Optional<SequenceNode> sequence(MappingNode mapping, String key) {
        return value(mapping, key).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
    }

    private static Optional<String> text(Node node) {
        return node instanceof ScalarNode && !YamlValues.isNull(node) ? Optional.of(((ScalarNode) node).getValue())
                : Optional.empty();
    }

    private static void put(MappingNode mapping, String key, Node value) {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        for (int i = 0; i < tuples.size(); i++) {
            if (text(tuples.get(i).getKeyNode()).filter(key::equals).isPresent()) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                mapping.setValue(tuples);
                return;
            }
        }
        tuples.add(new NodeTuple(scalar(key), value));
        mapping.setValue(tuples);
    }

    private static void remove(MappingNode mapping, String key) {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        tuples.removeIf(t -> text(t.getKeyNode()).filter(key::equals).isPresent());
        mapping.setValue(tuples);
    }

    /** Satellite files must be named {@code daemon-<org>.yaml} with a valid org. */
    public static void requireSatelliteName(Path file) {
        if (SatelliteFiles.org(file.toAbsolutePath()).isEmpty()) {
            throw new IllegalArgumentException("not a satellite file name (daemon-<org>.yaml): " + file.getFileName());
        }
    }
}
