package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.RenseiCommand;
import ai.rensei.cli.context.ContextFile;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.context.SavedContext;
import ai.rensei.cli.output.Json;
import ai.rensei.platform.OrgDaemonFiles;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import dev.donmai.runtime.api.daemon.config.DaemonYamlEditor;
import dev.donmai.runtime.api.daemon.config.ProjectRef;
import dev.donmai.runtime.api.daemon.config.Satellite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensei host install} (host.md §2): records the projects and the install token in daemon.yaml, saves the
 * context, clears the cached JWT and registers the service; with {@code --org O} it writes the satellite config of
 * organization {@code O} instead and leaves the service alone.
 */
@Command(name = "install", description = "Register the daemon as a service and record the projects it serves.")
public final class HostInstallCommand extends ServiceRegistrationCommand {

    static final String NO_TOKEN = "warning: no install token; the daemon runs standalone until "
            + "orchestrator.authToken is set";

    @Option(names = "--project", paramLabel = "<id[=repoURL]>",
            description = "Project to serve; repeatable, comma-separated, added to the saved ones.")
    private List<String> projects = new ArrayList<>();

    @Option(names = "--replace-projects", description = "Serve exactly the --project values, dropping saved ones.")
    private boolean replaceProjects;

    @Option(names = "--org", paramLabel = "<org>",
            description = "Write the satellite config of this organization (the service is left alone).")
    private String org;

    @Option(names = "--bin-path", paramLabel = "<path>",
            description = "The rensei executable the service runs (default: $RENSEI_BIN, else rensei on PATH).")
    private Path binPath;

    @Option(names = "--config", paramLabel = "<path>", description = "Daemon config file (default <home>/daemon.yaml).")
    private Path config;

    public HostInstallCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        ServiceScope scope = scope();
        if (org != null) {
            return installSatellite();
        }
        requireRootFor(scope);
        Path binary = BinaryResolver.require(Optional.ofNullable(binPath), env);
        DaemonConfigFiles files = DaemonConfigFiles.of(env, Optional.ofNullable(config));
        ConfigLoadResult.Loaded loaded = files.loadValid();
        ContextFile contextFile = ContextFile.of(env);
        SavedContext saved = contextFile.read();

        List<ProjectRef> given = ProjectSet.parse(projects);
        List<String> savedIds = new ArrayList<>();
        if (!replaceProjects) {
            savedIds.addAll(saved.hostProjects());
            savedIds.addAll(DaemonYamlEditor.savedProjectIds(files.primary()));
        }
        List<ProjectRef> set = ProjectSet.union(savedIds, given);
        if (set.isEmpty()) {
            set = activeProject(saved).map(id -> List.of(new ProjectRef(id, Optional.empty()))).orElse(List.of());
        }

        Optional<String> envToken = env.installToken();
        boolean tokenKnown = envToken.isPresent() || loaded.config().primary().orchestrator().authToken().isPresent();
        boolean record = !set.isEmpty() || envToken.isPresent();
        if (record) {
            List<ProjectRef> toWrite = set.isEmpty() ? keep(files.primary()) : set;
            write(files.primary(), () -> DaemonYamlEditor.writeProjects(files.primary(), toWrite, envToken));
        }
        if (!tokenKnown) {
            err().println(NO_TOKEN);
        }
        contextFile.saveHostProjects(ProjectSet.ids(set),
                given.isEmpty() ? Optional.empty() : Optional.of(given.get(0).id()));
        Path jwt = OrgDaemonFiles.primary(env.home()).jwt();
        boolean jwtWiped = delete(jwt);

        ServiceLocation location = ServiceLocation.of(scope, env);
        ServiceDefinition definition = new ServiceDefinition(binary, Optional.ofNullable(config), serviceEnvironment(),
                scope == ServiceScope.SYSTEMD_SYSTEM
                        ? Optional.of(env.sudoUser().orElse(env.localSystem().userName())) : Optional.empty());
        ServiceFileWriter.write(location, definition, env);
        Optional<ServiceManagerException> managerFailure = Optional.empty();
        if (!skipServiceManager) {
            try {
                ServiceManagers.forScope(scope, env).activate(location.file());
            } catch (ServiceManagerException e) {
                managerFailure = Optional.of(e);
            }
        }

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("servicePath", location.file().toString());
            body.put("serviceCommand", definition.displayCommand());
            body.put("serviceManager", skipServiceManager ? "skipped" : scope.managerName());
            body.put("configPath", files.primary().toString());
            ProjectSet.ids(set).forEach(body.putArray("projects")::add);
            body.put("jwtWiped", jwtWiped);
            out.println(Json.pretty(body));
        } else {
            out.println("Service registered: " + location.file());
            out.println("Service command: " + definition.displayCommand());
            out.println("Config: " + files.primary() + (record
                    ? " (projects: " + String.join(", ", ProjectSet.ids(set)) + ")" : " (unchanged)"));
            if (jwtWiped) {
                out.println("Cleared cached JWT at " + jwt);
            }
        }
        out.flush();
        if (managerFailure.isPresent()) {
            throw ServiceFailures.toCli(managerFailure.get());
        }
        return ExitCodes.OK;
    }

    private int installSatellite() {
        if (!Satellite.ORG.matcher(org).matches()) {
            throw CliException.usage("invalid --org \"" + org + "\": must match " + Satellite.ORG.pattern());
        }
        OrgDaemonFiles satellite = OrgDaemonFiles.satellite(env.home(), org);
        ConfigLoadResult.Loaded loaded = DaemonConfigFiles.of(env, Optional.ofNullable(config)).loadValid();
        ContextFile contextFile = ContextFile.of(env);
        List<String> savedIds = new ArrayList<>();
        if (!replaceProjects) {
            savedIds.addAll(contextFile.read().satelliteProjects(org));
            savedIds.addAll(DaemonYamlEditor.savedProjectIds(satellite.config()));
        }
        List<ProjectRef> set = ProjectSet.union(savedIds, ProjectSet.parse(projects));
        Optional<String> envToken = env.installToken();
        boolean tokenKnown = envToken.isPresent() || loaded.config().satellite(org)
                .flatMap(s -> s.settings().orchestrator().authToken()).isPresent();
        write(satellite.config(), () -> {
            DaemonYamlEditor.writeSatellite(satellite.config(), set, envToken);
            return true;
        });
        if (!tokenKnown) {
            err().println(NO_TOKEN);
        }
        contextFile.saveSatelliteProjects(org, ProjectSet.ids(set));
        boolean jwtWiped = delete(satellite.jwt());

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("org", org);
            body.put("configPath", satellite.config().toString());
            ProjectSet.ids(set).forEach(body.putArray("projects")::add);
            body.put("jwtWiped", jwtWiped);
            out.println(Json.pretty(body));
        } else {
            out.println("Satellite config written: " + satellite.config());
            if (jwtWiped) {
                out.println("Cleared cached JWT at " + satellite.jwt());
            }
            out.println("Run `rensei host restart` to activate.");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The active project of this call: the root {@code --project}, else the saved one. */
    private Optional<String> activeProject(SavedContext saved) {
        Object root = spec.root().userObject();
        Optional<String> override = root instanceof RenseiCommand command ? command.context().project()
                : Optional.empty();
        return override.isPresent() ? override : saved.activeProject();
    }

    /** The file's own projects, unchanged: recording only a token must not touch the allowlist. */
    private static List<ProjectRef> keep(Path file) {
        return DaemonYamlEditor.savedProjectIds(file).stream()
                .map(id -> new ProjectRef(id, Optional.empty())).toList();
    }

    private Map<String, String> serviceEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>();
        if (env.get(CliEnvironment.HOME).isPresent()) {
            variables.put(CliEnvironment.HOME, env.home().toString());
        }
        env.javaHome().ifPresent(javaHome -> variables.put(CliEnvironment.JAVA_HOME, javaHome));
        return variables;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw CliException.failure("cannot delete " + file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, ConfigWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw CliException.failure("cannot update " + file + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ConfigWrite {
        boolean run() throws IOException;
    }
}
