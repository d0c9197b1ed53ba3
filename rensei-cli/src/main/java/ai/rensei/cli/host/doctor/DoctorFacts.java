package ai.rensei.cli.host.doctor;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonAddress;
import ai.rensei.cli.host.service.BinaryResolver;
import ai.rensei.cli.host.service.Executables;
import ai.rensei.cli.host.service.InstalledService;
import ai.rensei.cli.host.service.ServiceLocation;
import ai.rensei.cli.host.service.ServiceManagerException;
import ai.rensei.cli.host.service.ServiceManagers;
import ai.rensei.cli.host.service.ServiceScope;
import dev.donmai.runtime.api.daemon.config.ConfigLoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the doctor checks look at, gathered once: the service file and what the manager says about it, the
 * binary, the configuration, the state home and the daemon's health endpoint.
 *
 * @param env                the invocation's environment
 * @param location           where the service file is for the scope
 * @param service            the installed service file's command, when the file exists
 * @param serviceActive      what the manager reports; empty when it could not be asked
 * @param managerUnavailable why the manager could not be asked
 * @param hostBinary         the binary the service runs (or would run when installed now)
 * @param configFiles        the daemon.yaml files (the service's {@code --config} when it has one)
 * @param config             what loading them gave
 * @param address            the daemon's control address
 * @param healthStatus       the HTTP status of {@code /healthz}; empty when nothing answered
 */
public record DoctorFacts(CliEnvironment env, ServiceLocation location, Optional<InstalledService> service,
        Optional<Boolean> serviceActive, Optional<String> managerUnavailable, Optional<Path> hostBinary,
        DaemonConfigFiles configFiles, ConfigLoadResult config, DaemonAddress address, OptionalInt healthStatus) {

    static final Duration HEALTH_LIMIT = Duration.ofSeconds(2);

    public DoctorFacts {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceActive, "serviceActive");
        Objects.requireNonNull(managerUnavailable, "managerUnavailable");
        Objects.requireNonNull(hostBinary, "hostBinary");
        Objects.requireNonNull(configFiles, "configFiles");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(healthStatus, "healthStatus");
    }

    /** Looks at the machine for {@code scope}. */
    static DoctorFacts gather(CliEnvironment env, ServiceScope scope) {
        ServiceLocation location = ServiceLocation.of(scope, env);
        Optional<InstalledService> service = Files.exists(location.file()) ? InstalledService.read(location)
                : Optional.empty();
        Optional<Boolean> active = Optional.of(false);
        Optional<String> unavailable = Optional.empty();
        if (service.isPresent()) {
            try {
                active = Optional.of(ServiceManagers.forScope(scope, env).running());
            } catch (ServiceManagerException e) {
                active = Optional.empty();
                unavailable = Optional.of(e.detail());
            }
        }
        Optional<Path> binary = service.isPresent() ? service.get().binary()
                : BinaryResolver.resolve(Optional.empty(), env);
        DaemonConfigFiles files = DaemonConfigFiles.of(env, service.flatMap(InstalledService::config));
        ConfigLoadResult config = files.load();
        DaemonAddress address = DaemonConfigFiles.address(env, config);
        OptionalInt health = HttpProbe.status(address.healthz(), HEALTH_LIMIT);
        return new DoctorFacts(env, location, service, active, unavailable, binary, files, config, address, health);
    }

    public boolean installed() {
        return service.isPresent();
    }

    public boolean binaryPresent() {
        return hostBinary.map(Executables::isExecutableFile).orElse(false);
    }

    /** {@code /healthz} answered 200. */
    public boolean daemonHealthy() {
        return healthStatus.isPresent() && healthStatus.getAsInt() == 200;
    }

    /** The state home. */
    public Path home() {
        return env.home();
    }

    /** The port of the daemon's address. */
    public int port() {
        int port = address.base().getPort();
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(address.base().getScheme()) ? 443 : 80;
    }
}
