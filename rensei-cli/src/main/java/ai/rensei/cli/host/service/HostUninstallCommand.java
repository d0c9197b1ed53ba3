package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.context.ContextFile;
import ai.rensei.cli.output.Json;
import ai.rensei.platform.OrgDaemonFiles;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.config.Satellite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensei host uninstall} (host.md §2): stops and removes the service and clears the cached JWT; the configs
 * stay. With {@code --org O} it removes that satellite's config and JWT instead.
 */
@Command(name = "uninstall", description = "Remove the daemon's service registration (configs are kept).")
public final class HostUninstallCommand extends ServiceRegistrationCommand {

    @Option(names = "--org", paramLabel = "<org>", description = "Remove this satellite organization's config instead.")
    private String org;

    public HostUninstallCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        ServiceScope scope = scope();
        if (org != null) {
            return uninstallSatellite();
        }
        requireRootFor(scope);
        ServiceLocation location = ServiceLocation.of(scope, env);
        boolean removed = false;
        if (Files.exists(location.file())) {
            Optional<ServiceManager> manager = skipServiceManager ? Optional.empty()
                    : Optional.of(ServiceManagers.forScope(scope, env));
            manager.ifPresent(m -> warnOnFailure(() -> m.deactivate(location.file())));
            removed = delete(location.file());
            manager.ifPresent(m -> warnOnFailure(m::forget));
        }
        Path jwt = OrgDaemonFiles.primary(env.home()).jwt();
        boolean jwtWiped = delete(jwt);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("servicePath", location.file().toString());
            body.put("removed", removed);
            body.put("jwtWiped", jwtWiped);
            out.println(Json.pretty(body));
        } else {
            out.println(removed ? "Service removed: " + location.file()
                    : "No service registered at " + location.file());
            if (jwtWiped) {
                out.println("Cleared cached JWT at " + jwt);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int uninstallSatellite() {
        if (!Satellite.ORG.matcher(org).matches()) {
            throw CliException.usage("invalid --org \"" + org + "\": must match " + Satellite.ORG.pattern());
        }
        OrgDaemonFiles satellite = OrgDaemonFiles.satellite(env.home(), org);
        boolean removed = delete(satellite.config());
        boolean jwtWiped = delete(satellite.jwt());
        ContextFile.of(env).removeSatellite(org);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("org", org);
            body.put("configPath", satellite.config().toString());
            body.put("removed", removed);
            body.put("jwtWiped", jwtWiped);
            out.println(Json.pretty(body));
        } else {
            out.println(removed ? "Satellite removed: " + satellite.config()
                    : "No satellite config at " + satellite.config());
            if (jwtWiped) {
                out.println("Cleared cached JWT at " + satellite.jwt());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Removal goes on when the manager fails: the file must go either way; the user learns what was left. */
    private void warnOnFailure(Runnable step) {
        try {
            step.run();
        } catch (ServiceManagerException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("warning: " + (e.kind() == ServiceManagerException.Kind.UNAVAILABLE
                    ? "service manager unavailable: " + e.detail() : e.detail()));
            err.flush();
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw CliException.failure("cannot delete " + file + ": " + ServiceFileWriter.describe(e));
        }
    }
}
