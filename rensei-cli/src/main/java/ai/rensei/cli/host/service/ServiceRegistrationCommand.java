package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code host install} and {@code host uninstall} share (host.md §2): the scope flags, the hidden
 * {@code --skip-service-manager}, {@code --json}, and the rule that a system-scope change needs root unless the
 * service manager is skipped.
 */
abstract class ServiceRegistrationCommand implements Callable<Integer> {

    static final String NEEDS_ROOT = "--system requires root (run with sudo)";

    @Mixin
    private HelpOption help;

    @Mixin
    private ScopeOptions scopeOptions = new ScopeOptions();

    @Option(names = "--skip-service-manager", hidden = true,
            description = "Change the service file without running the service manager.")
    boolean skipServiceManager;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    final CliEnvironment env;

    ServiceRegistrationCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The scope the flags and the OS select. */
    ServiceScope scope() {
        return scopeOptions.resolve(env.localSystem().os());
    }

    /** Refuses a system-scope change by a non-root user that would run the service manager. */
    void requireRootFor(ServiceScope scope) {
        if (scope == ServiceScope.SYSTEMD_SYSTEM && !env.localSystem().root() && !skipServiceManager) {
            throw new CliException(ExitCodes.FAILURE, List.of(NEEDS_ROOT));
        }
    }
}
