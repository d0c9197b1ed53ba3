package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonAddress;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.daemon.PollingWait;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code host start} and {@code host restart}: ask the service manager, then wait up to 30 s for {@code /healthz}
 * to answer 200 (host.md §1.2). Prints {@code <verb>: <message>} on success.
 */
abstract class ServiceControlCommand implements Callable<Integer> {

    static final String NOT_INSTALLED = "service is not installed; run `rensei host install`";

    @Mixin
    private HelpOption help;

    @Mixin
    private ScopeOptions scopeOptions = new ScopeOptions();

    @Option(names = "--no-wait", description = "Return once the service manager accepted the request.")
    private boolean noWait;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    ServiceControlCommand(CliEnvironment env) {
        this.env = env;
    }

    /** {@code start} or {@code restart}. */
    abstract String verb();

    /** True when a daemon that already answers means there is nothing to do. */
    abstract boolean noOpWhenHealthy();

    /** Asks the manager to act on the installed service. */
    abstract void act(ServiceManager manager, Path file);

    @Override
    public final Integer call() {
        ServiceScope scope = scopeOptions.resolve(env.localSystem().os());
        ServiceLocation location = ServiceLocation.of(scope, env);
        if (!Files.exists(location.file())) {
            throw new CliException(ExitCodes.FAILURE, List.of(NOT_INSTALLED));
        }
        Optional<Path> serviceConfig = InstalledService.read(location).flatMap(InstalledService::config);
        DaemonAddress address = DaemonConfigFiles.of(env, serviceConfig).address(env);
        DaemonClient client = new DaemonClient(address, env);
        PrintWriter out = spec.commandLine().getOut();
        if (noOpWhenHealthy() && client.healthy()) {
            out.println(verb() + ": already running at " + address);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            act(ServiceManagers.forScope(scope, env), location.file());
        } catch (ServiceManagerException e) {
            throw ServiceFailures.toCli(e);
        }
        if (noWait) {
            out.println(verb() + ": requested");
            out.flush();
            return ExitCodes.OK;
        }
        PollingWait wait = new PollingWait(env.localSystem().clock(), env.localSystem().sleeper());
        if (!wait.await(client::healthy, PollingWait.START_LIMIT)) {
            throw new CliException(ExitCodes.FAILURE, List.of(
                    "error: daemon did not answer at " + address + " within " + PollingWait.START_LIMIT.toSeconds()
                            + "s",
                    "hint: " + logHint(scope)));
        }
        out.println(verb() + ": running at " + address);
        out.flush();
        return ExitCodes.OK;
    }

    private String logHint(ServiceScope scope) {
        switch (scope) {
            case SYSTEMD_USER:
                return "see `journalctl --user -u " + ServiceLocation.LABEL + "`";
            case SYSTEMD_SYSTEM:
                return "see `journalctl -u " + ServiceLocation.LABEL + "`";
            default:
                return "see " + ServiceLocation.launchdLogDir(env).resolve("daemon-error.log");
        }
    }
}
