package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;

/** Picks the service manager of a scope, running its commands with the invocation's environment. */
public final class ServiceManagers {

    private ServiceManagers() {
    }

    /** The manager for {@code scope}, whose commands run as processes with {@code env}'s variables and PATH. */
    public static ServiceManager forScope(ServiceScope scope, CliEnvironment env) {
        return forScope(scope, new ProcessCommandRunner(env.all(), env.path()), env.localSystem().uid());
    }

    static ServiceManager forScope(ServiceScope scope, CommandRunner runner, long uid) {
        return scope == ServiceScope.LAUNCHD ? new LaunchdManager(runner, uid) : new SystemdManager(scope, runner);
    }
}
