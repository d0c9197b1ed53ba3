package dev.donmai.runtime.api.daemon;

import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.daemon.config.ConfigSource;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link LocalDaemon} starts from. The caller (the CLI, or an embedding application) loads the
 * configuration, builds and loads the provider registry, and passes the session engine's base configuration; the
 * daemon applies daemon.yaml's {@code session.*} and {@code capacity.*} keys on top of it.
 *
 * @param home         the state home ({@code <home>}: state.db, control-token, keys, logs, worktrees)
 * @param config       the loaded daemon.yaml (primary and satellites)
 * @param reloadSource where the configuration came from, to hot-reload allowlists; empty = no reload
 * @param configPath   the primary file when one was loaded (for {@code /doctor})
 * @param bindHost     the control API's bind address
 * @param port         the control API's port; 0 picks a free one
 * @param allowRemote  {@code --allow-remote}: a non-loopback bind is allowed and remote GETs need the token
 * @param version      the version reported by status
 * @param hostname     this machine's host name (stub worker id)
 * @param registry     a loaded provider registry; the caller keeps owning it
 * @param engineBase   the session engine's base configuration (state home, env prefix, daemon env)
 * @param clock        wall-clock time
 * @param timings      the worker protocol's intervals and timeouts (protocol.md §9 "Time")
 */
public record DaemonOptions(Path home, DaemonConfig config, Optional<ConfigSource> reloadSource,
        Optional<Path> configPath, String bindHost, int port, boolean allowRemote, String version, String hostname,
        ProviderRegistry registry, SessionEngineConfig engineBase, Clock clock, ProtocolTimings timings) {

    public DaemonOptions {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(reloadSource, "reloadSource");
        Objects.requireNonNull(configPath, "configPath");
        Objects.requireNonNull(bindHost, "bindHost");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(engineBase, "engineBase");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timings, "timings");
    }

    /** Options with the protocol's default timings. */
    public DaemonOptions(Path home, DaemonConfig config, Optional<ConfigSource> reloadSource,
            Optional<Path> configPath, String bindHost, int port, boolean allowRemote, String version, String hostname,
            ProviderRegistry registry, SessionEngineConfig engineBase, Clock clock) {
        this(home, config, reloadSource, configPath, bindHost, port, allowRemote, version, hostname, registry,
                engineBase, clock, ProtocolTimings.defaults());
    }
}
