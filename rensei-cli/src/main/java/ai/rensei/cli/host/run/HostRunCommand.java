package ai.rensei.cli.host.run;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.LocalSystem;
import ai.rensei.cli.VersionProvider;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.host.setup.SetupWizard;
import ai.rensei.cli.logging.DaemonLogging;
import ai.rensei.cli.runtime.BundledProviders;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.daemon.DaemonOptions;
import dev.donmai.runtime.api.daemon.DaemonStartException;
import dev.donmai.runtime.api.daemon.LocalDaemon;
import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import dev.donmai.runtime.api.daemon.config.ConfigProblem;
import dev.donmai.runtime.api.daemon.config.ConfigSource;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.DaemonConfigLoader;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.spi.PatternSecretRedactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rensei host run}: the daemon in the foreground (host.md §5). Loads daemon.yaml (errors: exit 2, nothing
 * bound), configures the NDJSON log, composes the bundled providers, starts the {@link LocalDaemon} and waits for
 * it; SIGTERM/SIGINT drain, a second signal stops at once; exit 0 after a shutdown.
 */
@Command(name = "run", description = "Run the daemon in the foreground.")
public final class HostRunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(HostRunCommand.class);

    @Mixin
    private HelpOption help;

    @Option(names = "--config", paramLabel = "FILE", description = "Daemon config file (default <home>/daemon.yaml).")
    private Path config;

    @Option(names = "--jwt-path", paramLabel = "FILE", description = "Cached worker JWT (default <home>/daemon.jwt).")
    private Path jwtPath;

    @Option(names = "--host", paramLabel = "HOST", description = "HTTP bind host (default 127.0.0.1).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP bind port (default 7734).")
    private Integer port;

    @Option(names = "--skip-wizard", description = "Skip the interactive first-run setup.")
    private boolean skipWizard;

    @Option(names = "--allow-remote", description = "Allow a non-loopback bind address (token required for all).")
    private boolean allowRemote;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    public HostRunCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port != null && (port < 1 || port > 65535)) {
            err.println("error: --port must be between 1 and 65535");
            return ExitCodes.USAGE;
        }
        Path home = env.home();
        DaemonConfigFiles files = DaemonConfigFiles.of(env, Optional.ofNullable(config));
        Path configPath = files.primary();
        ConfigSource source = files.source().withAllowRemote(allowRemote);
        if (!Files.exists(configPath) && !skipWizard) {
            Optional<LocalSystem.Terminal> terminal = env.localSystem().terminal().get();
            if (terminal.isPresent()) {
                try {
                    new SetupWizard(terminal.get(), spec.commandLine().getOut()).run(configPath,
                            DaemonSettings.defaults(home, env.localSystem().cpuCount()));
                } catch (IOException e) {
                    err.println("error: cannot write " + configPath + ": " + e.getMessage());
                    return ExitCodes.FAILURE;
                }
            }
        }
        ConfigLoadResult result = DaemonConfigLoader.load(source);
        if (result instanceof ConfigLoadResult.Invalid invalid) {
            invalid.errors().forEach(problem -> err.println(problem.render()));
            err.flush();
            return ExitCodes.USAGE;
        }
        ConfigLoadResult.Loaded loaded = (ConfigLoadResult.Loaded) result;
        DaemonConfig daemonConfig = loaded.config();
        if (env.forceStub()) {
            DaemonSettings settings = daemonConfig.primary();
            daemonConfig = new DaemonConfig(settings.withOrchestrator(settings.orchestrator().withStub(true)),
                    daemonConfig.satellites());
        }
        DaemonSettings primary = daemonConfig.primary();
        DaemonLogging.configure(primary.observability().logPath(), primary.observability().logLevel(),
                PatternSecretRedactor.of(secretValues()));
        for (ConfigProblem warning : loaded.warnings()) {
            LOG.atWarn().addKeyValue("event", "config-warning").log(warning.render());
        }
        Map<String, Path> binaries = new LinkedHashMap<>();
        primary.harnesses().forEach((id, settings) -> settings.binary().ifPresent(b -> binaries.put(id, b)));
        Path worktrees = home.resolve("worktrees");
        ProviderRegistry registry = BundledProviders.load(home, worktrees, binaries, true);
        try {
            DaemonOptions options = new DaemonOptions(home, daemonConfig, Optional.of(source),
                    Files.isRegularFile(configPath) ? Optional.of(configPath) : Optional.empty(),
                    host != null ? host : primary.control().host(),
                    port != null ? port : primary.control().port(),
                    allowRemote, VersionProvider.version(), hostname(), registry,
                    SessionEngineConfig.builder(home).envPrefix(BundledProviders.ENV_PREFIX).daemonEnv(env.all())
                            .worktreeDir(worktrees).build(),
                    Clock.systemUTC());
            LocalDaemon daemon;
            try {
                daemon = LocalDaemon.start(options);
            } catch (DaemonStartException e) {
                LOG.atError().addKeyValue("event", "start-failed").log(e.getMessage());
                err.println("error: " + e.getMessage());
                err.flush();
                return e.kind().exitCode();
            }
            DaemonLogging.addSecrets(Map.of("CONTROL_TOKEN", readToken(home)));
            SignalHandlers.install(() -> daemon.shutdown(false));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                daemon.shutdown(true);
                try {
                    daemon.awaitExit(Duration.ofSeconds(15));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "daemon-last-resort"));
            PrintWriter out = spec.commandLine().getOut();
            out.println("rensei host: listening on http://" + daemon.address().getHostString() + ":"
                    + daemon.address().getPort() + " (state home " + home + ")");
            out.flush();
            return daemon.awaitExit();
        } finally {
            registry.close();
        }
    }

    /** Values the log must never show: the install token and the other secret-named variables. */
    private Map<String, String> secretValues() {
        Map<String, String> secrets = new LinkedHashMap<>();
        env.all().forEach((name, value) -> {
            if (name.matches("(?i).*(TOKEN|SECRET|PASSWORD|API_KEY|PRIVATE_KEY|CREDENTIAL).*") && value.length() >= 4) {
                secrets.put(name, value);
            }
        });
        return secrets;
    }

    private static String readToken(Path home) {
        try {
            return Files.readString(home.resolve("control-token")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
