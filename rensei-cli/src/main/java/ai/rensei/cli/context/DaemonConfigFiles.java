package ai.rensei.cli.context;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.daemon.DaemonAddress;
import ai.rensei.cli.daemon.DaemonEndpointOptions;
import dev.donmai.runtime.api.daemon.config.Control;
import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import dev.donmai.runtime.api.daemon.config.ConfigProblem;
import dev.donmai.runtime.api.daemon.config.ConfigSource;
import dev.donmai.runtime.api.daemon.config.DaemonConfigLoader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The daemon's configuration files as this invocation sees them: the primary file ({@code --config}, else
 * {@code <home>/daemon.yaml}) plus the satellites next to it, loaded with the invocation's environment for
 * {@code ${NAME}} expansion and the {@code RENSEI_DAEMON_TOKEN} override.
 *
 * @param primary the primary file (absolute; need not exist)
 * @param source  what the loader reads
 */
public record DaemonConfigFiles(Path primary, ConfigSource source) {

    /** The files for {@code --config} (absent = {@code <home>/daemon.yaml}). */
    public static DaemonConfigFiles of(CliEnvironment env, Optional<Path> config) {
        Path home = env.home();
        Path primary = config.map(Path::toAbsolutePath).orElseGet(() -> ConfigSource.defaultPrimary(home));
        ConfigSource source = new ConfigSource(primary, home, env.all(), env.localSystem().userHome(),
                env.localSystem().cpuCount()).withEnvPrefix(CliEnvironment.PREFIX);
        return new DaemonConfigFiles(primary, source);
    }

    /** Loads every file: the primary (or the defaults when it does not exist) and the satellites. */
    public ConfigLoadResult load() {
        return DaemonConfigLoader.load(source);
    }

    /**
     * Loads every file and insists they are valid: an invalid one is a configuration error (exit 2) that prints every
     * problem as {@code <file>:<line>:<col>: <key>: <problem>}, like {@code host run}.
     */
    public ConfigLoadResult.Loaded loadValid() {
        ConfigLoadResult result = load();
        if (result instanceof ConfigLoadResult.Invalid invalid) {
            throw new CliException(ExitCodes.USAGE, invalid.errors().stream().map(ConfigProblem::render).toList());
        }
        return (ConfigLoadResult.Loaded) result;
    }

    /**
     * The daemon's control address when no {@code --host}/{@code --port} is given (host.md §1.1):
     * {@code RENSEI_DAEMON_URL} &gt; {@code control.host/port} of a valid primary file &gt; the default.
     */
    public DaemonAddress address(CliEnvironment env) {
        if (env.get(CliEnvironment.DAEMON_URL).isPresent()) {
            return DaemonAddress.resolve(new DaemonEndpointOptions(), env);
        }
        return address(env, load());
    }

    /**
     * The address every client command talks to (host.md §1.1): {@code --host/--port} &gt; {@code RENSEI_DAEMON_URL}
     * &gt; {@code control.host/port} in daemon.yaml &gt; {@code http://127.0.0.1:7734}.
     */
    public static DaemonAddress resolve(DaemonEndpointOptions endpoint, CliEnvironment env) {
        if (endpoint.host().isPresent() || endpoint.port().isPresent()) {
            return DaemonAddress.resolve(endpoint, env);
        }
        return of(env, Optional.empty()).address(env);
    }

    /** {@link #address(CliEnvironment)} for files already loaded. */
    public static DaemonAddress address(CliEnvironment env, ConfigLoadResult loaded) {
        if (env.get(CliEnvironment.DAEMON_URL).isPresent()) {
            return DaemonAddress.resolve(new DaemonEndpointOptions(), env);
        }
        Control control = loaded instanceof ConfigLoadResult.Loaded valid
                ? valid.config().primary().control() : Control.DEFAULT;
        return DaemonAddress.resolve(new DaemonEndpointOptions(control.host(), control.port()), env);
    }
}
