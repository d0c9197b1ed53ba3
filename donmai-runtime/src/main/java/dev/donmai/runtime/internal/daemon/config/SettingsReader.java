package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.daemon.config.Admission;
import dev.donmai.runtime.api.daemon.config.AutoUpdate;
import dev.donmai.runtime.api.daemon.config.Backstop;
import dev.donmai.runtime.api.daemon.config.Capacity;
import dev.donmai.runtime.api.daemon.config.ConfigProblem;
import dev.donmai.runtime.api.daemon.config.ConfigSource;
import dev.donmai.runtime.api.daemon.config.Control;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.api.daemon.config.Drain;
import dev.donmai.runtime.api.daemon.config.GitIdentity;
import dev.donmai.runtime.api.daemon.config.HarnessSettings;
import dev.donmai.runtime.api.daemon.config.Machine;
import dev.donmai.runtime.api.daemon.config.Observability;
import dev.donmai.runtime.api.daemon.config.Orchestrator;
import dev.donmai.runtime.api.daemon.config.SessionSettings;
import dev.donmai.runtime.api.daemon.config.WorkareaSettings;
import dev.donmai.contracts.model.MachineAccess;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one daemon.yaml file into {@link DaemonSettings} (host.md §4.1, §4.2), collecting every problem with its
 * position. A satellite file honours only {@code orchestrator.*} and the admission keys.
 */
public final class SettingsReader {

    private static final Pattern MACHINE_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final List<String> SATELLITE_KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of("apiVersion", "kind", "orchestrator"));
        keys.addAll(AdmissionReader.KEYS);
        SATELLITE_KEYS = List.copyOf(keys);
    }

    private SettingsReader() {
    }

    /** Reads {@code file}; a missing file is an error here (the loader decides what absence means). */
    public static FileResult readFile(Path file, ConfigSource source, boolean satellite) {
        Problems problems = new Problems(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            problems.error((Mark) null, ConfigProblem.SYNTAX, "file not found");
            return new FileResult(null, problems.errors(), problems.warnings());
        } catch (CharacterCodingException e) {
            problems.error((Mark) null, ConfigProblem.SYNTAX, "not valid UTF-8");
            return new FileResult(null, problems.errors(), problems.warnings());
        } catch (IOException e) {
            problems.error((Mark) null, ConfigProblem.SYNTAX, "cannot read: " + e.getClass().getSimpleName());
            return new FileResult(null, problems.errors(), problems.warnings());
        }
        return read(file, text, source, satellite);
    }

    /** Reads {@code text} as the content of {@code file}. */
    public static FileResult read(Path file, String text, ConfigSource source, boolean satellite) {
        Problems problems = new Problems(file);
        Optional<Node> root = compose(text, problems);
        if (problems.hasErrors()) {
            return new FileResult(null, problems.errors(), problems.warnings());
        }
        YamlValues values = new YamlValues(problems, source.env(), source.userHome(), source.home());
        YamlMapping mapping;
        if (root.isEmpty() || YamlValues.isNull(root.get())) {
            mapping = new YamlMapping(new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(),
                    org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK), "", values);
        } else if (root.get() instanceof MappingNode) {
            mapping = new YamlMapping((MappingNode) root.get(), "", values);
        } else {
            problems.error(root.get(), "(root)", "must be a mapping");
            return new FileResult(null, problems.errors(), problems.warnings());
        }
        DaemonSettings settings = satellite ? satellite(file, mapping, source) : primary(file, mapping, source);
        return problems.hasErrors() ? new FileResult(null, problems.errors(), problems.warnings())
                : new FileResult(settings, problems.errors(), problems.warnings());
    }

    /** Parses text into a node tree; a syntax error becomes {@code yaml: <detail>} at its mark. */
    static Optional<Node> compose(String text, Problems problems) {
        return compose(text, problems, false);
    }

    /** {@link #compose(String, Problems)}, optionally keeping comments on the nodes (for rewriting). */
    static Optional<Node> compose(String text, Problems problems, boolean comments) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(comments);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String detail = e.getProblem() == null ? String.valueOf(e.getContext())
                    : e.getContext() == null ? e.getProblem() : e.getContext() + ": " + e.getProblem();
            problems.error(mark, ConfigProblem.SYNTAX, detail.trim());
        } catch (YAMLException e) {
            problems.error((Mark) null, ConfigProblem.SYNTAX, String.valueOf(e.getMessage()));
        }
        return Optional.empty();
    }

    private static DaemonSettings primary(Path file, YamlMapping root, ConfigSource source) {
        DaemonSettings d = DaemonSettings.defaults(source.home(), source.cpuCount());
        String apiVersion = root.oneOf("apiVersion", source.apiVersions()).orElse(source.apiVersion());
        String kind = root.oneOf("kind", List.of(DaemonSettings.KIND)).orElse(d.kind());
        Machine machine = root.mapping("machine").map(SettingsReader::machine).orElse(Machine.NONE);
        Control control = root.mapping("control").map(c -> control(c, source.allowRemote())).orElse(Control.DEFAULT);
        Capacity capacity = root.mapping("capacity").map(SettingsReader::capacity).orElse(Capacity.DEFAULT);
        Admission admission = AdmissionReader.read(root);
        Orchestrator orchestrator = tokenOverride(
                root.mapping("orchestrator").map(OrchestratorReader::read).orElse(Orchestrator.STANDALONE), source);
        MachineAccess modelAccess = root.mapping("modelAccess").map(ModelAccessReader::read).orElse(null);
        Drain drain = root.mapping("drain").map(SettingsReader::drain).orElse(Drain.DEFAULT);
        AutoUpdate autoUpdate = root.mapping("autoUpdate").map(SettingsReader::autoUpdate).orElse(AutoUpdate.DEFAULT);
        Observability observability = root.mapping("observability").map(o -> observability(o, d.observability()))
                .orElse(d.observability());
        SessionSettings session = root.mapping("session").map(SessionSectionsReader::session)
                .orElse(SessionSettings.DEFAULT);
        Map<String, HarnessSettings> harnesses = root.mapping("harnesses").map(SessionSectionsReader::harnesses)
                .orElse(Map.of());
        WorkareaSettings workarea = root.mapping("workarea").map(SessionSectionsReader::workarea)
                .orElse(WorkareaSettings.DEFAULT);
        Backstop backstop = root.mapping("backstop").map(SessionSectionsReader::backstop).orElse(Backstop.DEFAULT);
        GitIdentity git = root.mapping("git").map(SessionSectionsReader::git).orElse(GitIdentity.DEFAULT);
        Map<String, Object> sections = new LinkedHashMap<>();
        for (String section : DaemonSettings.OWNED_ELSEWHERE) {
            root.get(section).ifPresent(node -> sections.put(section, root.values().plain(node, section)));
        }
        root.accept(AdmissionReader.KEYS.toArray(String[]::new));
        root.warnUnknown();
        if (root.values().problems().hasErrors()) {
            return d;
        }
        return new DaemonSettings(file.toAbsolutePath(), apiVersion, kind, machine, control, capacity, admission,
                orchestrator, modelAccess, drain, autoUpdate, observability, session, harnesses, workarea, backstop,
                git, sections);
    }

    private static DaemonSettings satellite(Path file, YamlMapping root, ConfigSource source) {
        DaemonSettings d = DaemonSettings.defaults(source.home(), source.cpuCount());
        String apiVersion = root.oneOf("apiVersion", source.apiVersions()).orElse(source.apiVersion());
        root.oneOf("kind", List.of(DaemonSettings.KIND));
        Admission admission = AdmissionReader.read(root);
        Orchestrator orchestrator = root.mapping("orchestrator").map(OrchestratorReader::read)
                .orElse(Orchestrator.STANDALONE);
        root.accept(SATELLITE_KEYS.toArray(String[]::new));
        for (String key : root.keys()) {
            if (!SATELLITE_KEYS.contains(key) && isPrimaryKey(key)) {
                root.values().problems().warn(root.keyNode(key).orElseThrow(), key,
                        "not honoured in a satellite file (only orchestrator.* and the admission keys are)");
                root.accept(key);
            }
        }
        root.warnUnknown();
        if (root.values().problems().hasErrors()) {
            return d;
        }
        return new DaemonSettings(file.toAbsolutePath(), apiVersion, d.kind(), d.machine(), d.control(),
                d.capacity(), admission, orchestrator, null, d.drain(), d.autoUpdate(), d.observability(),
                d.session(), Map.of());
    }

    private static boolean isPrimaryKey(String key) {
        return List.of("machine", "control", "capacity", "modelAccess", "drain", "autoUpdate", "observability",
                "session", "harnesses", "workarea", "backstop", "git").contains(key)
                || DaemonSettings.OWNED_ELSEWHERE.contains(key);
    }

    private static Orchestrator tokenOverride(Orchestrator orchestrator, ConfigSource source) {
        return source.tokenOverride().map(token -> orchestrator.withAuthToken(Optional.of(Secret.of(token))))
                .orElse(orchestrator);
    }

    private static Machine machine(YamlMapping machine) {
        Optional<String> id = machine.get("id").flatMap(node -> machine.values().text(node, machine.path("id"))
                .filter(value -> {
                    if (MACHINE_ID.matcher(value).matches()) {
                        return true;
                    }
                    machine.values().problems().error(node, machine.path("id"), "must match " + MACHINE_ID.pattern());
                    return false;
                }));
        Machine value = new Machine(id, machine.text("region"));
        machine.warnUnknown();
        return value;
    }

    private static Control control(YamlMapping control, boolean allowRemote) {
        String host = control.get("host").flatMap(node -> control.values().text(node, control.path("host"))
                .filter(value -> {
                    if (allowRemote || Loopback.isLoopback(value)) {
                        return true;
                    }
                    control.values().problems().error(node, control.path("host"),
                            "must be a loopback address (127.0.0.1, ::1 or localhost) unless --allow-remote is given");
                    return false;
                })).orElse(Control.DEFAULT.host());
        int port = control.integer("port", 1, 65535).orElse(Control.DEFAULT.port());
        control.warnUnknown();
        return new Control(host, port);
    }

    private static Capacity capacity(YamlMapping capacity) {
        Capacity d = Capacity.DEFAULT;
        int[] reserved = {d.reservedVCpu(), d.reservedMemoryMb()};
        capacity.mapping("reservedForSystem").ifPresent(r -> {
            reserved[0] = r.integer("vCpu", 0, Integer.MAX_VALUE).orElse(reserved[0]);
            reserved[1] = r.integer("memoryMb", 0, Integer.MAX_VALUE).orElse(reserved[1]);
            r.warnUnknown();
        });
        Capacity value = new Capacity(
                capacity.integer("maxConcurrentSessions", 0, Integer.MAX_VALUE).orElse(d.maxConcurrentSessions()),
                capacity.integer("maxVCpuPerSession", 1, Integer.MAX_VALUE).orElse(d.maxVCpuPerSession()),
                capacity.integer("maxMemoryMbPerSession", 1, Integer.MAX_VALUE).orElse(d.maxMemoryMbPerSession()),
                reserved[0], reserved[1],
                capacity.integer("poolMaxDiskGb", 0, Integer.MAX_VALUE).orElse(d.poolMaxDiskGb()));
        capacity.warnUnknown();
        return value;
    }

    private static Drain drain(YamlMapping drain) {
        Drain value = new Drain(drain.integer("timeoutSeconds", 1, Integer.MAX_VALUE)
                .orElse(Drain.DEFAULT.timeoutSeconds()));
        drain.warnUnknown();
        return value;
    }

    private static AutoUpdate autoUpdate(YamlMapping update) {
        AutoUpdate d = AutoUpdate.DEFAULT;
        AutoUpdate value = new AutoUpdate(update.oneOf("channel", AutoUpdate.CHANNELS).orElse(d.channel()),
                update.oneOf("schedule", AutoUpdate.SCHEDULES).orElse(d.schedule()),
                update.integer("drainTimeoutSeconds", 0, Integer.MAX_VALUE).orElse(d.drainTimeoutSeconds()));
        update.warnUnknown();
        return value;
    }

    private static Observability observability(YamlMapping observability, Observability d) {
        Observability value = new Observability(observability.filePath("logPath").orElse(d.logPath()),
                observability.oneOf("logLevel", Observability.LEVELS).orElse(d.logLevel()),
                observability.integer("metricsPort", 0, 65535).orElse(d.metricsPort()));
        observability.warnUnknown();
        return value;
    }
}
