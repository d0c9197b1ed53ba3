package dev.donmai.runtime.api.daemon.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and with what the configuration is read. The runtime reads no environment (boundary.md A9): the CLI passes
 * its own as {@link #env}, which feeds {@code ${NAME}} expansion and the token override.
 *
 * @param primary     the primary file ({@code <home>/daemon.yaml} or {@code --config}); it need not exist
 * @param home        the state home; satellites are {@code <home>/daemon-<org>.yaml}
 * @param env         the environment for {@code ${NAME}} expansion
 * @param userHome    what a leading {@code ~/} in a path value means
 * @param cpuCount    processors, for the "no file" session cap
 * @param allowRemote {@code --allow-remote}: {@code control.host} may then be a non-loopback address
 * @param envPrefix   the brand's variable prefix {@code <P>}: {@code <P>_DAEMON_TOKEN} in {@link #env} beats
 *                    {@code orchestrator.authToken} (host.md §4.1); the CLI passes its own brand
 */
public record ConfigSource(Path primary, Path home, Map<String, String> env, Path userHome, int cpuCount,
        boolean allowRemote, String envPrefix) {

    /** The OSS prefix. */
    public static final String DEFAULT_ENV_PREFIX = "DONMAI";

    private static final Pattern PREFIX = Pattern.compile("^[A-Z][A-Z0-9]*$");

    public ConfigSource {
        primary = Objects.requireNonNull(primary, "primary").toAbsolutePath();
        home = Objects.requireNonNull(home, "home").toAbsolutePath();
        env = Map.copyOf(env);
        userHome = Objects.requireNonNull(userHome, "userHome").toAbsolutePath();
        if (cpuCount < 1) {
            throw new IllegalArgumentException("cpuCount must be >= 1");
        }
        if (!PREFIX.matcher(Objects.requireNonNull(envPrefix, "envPrefix")).matches()) {
            throw new IllegalArgumentException("envPrefix must be upper-case letters and digits");
        }
    }

    /** A source with loopback-only control and the OSS prefix. */
    public ConfigSource(Path primary, Path home, Map<String, String> env, Path userHome, int cpuCount) {
        this(primary, home, env, userHome, cpuCount, false, DEFAULT_ENV_PREFIX);
    }

    /** The primary file at its default place, {@code <home>/daemon.yaml}. */
    public static Path defaultPrimary(Path home) {
        return home.resolve("daemon.yaml");
    }

    /** This source with {@code --allow-remote} set or not. */
    public ConfigSource withAllowRemote(boolean allow) {
        return new ConfigSource(primary, home, env, userHome, cpuCount, allow, envPrefix);
    }

    /** This source with another brand prefix. */
    public ConfigSource withEnvPrefix(String prefix) {
        return new ConfigSource(primary, home, env, userHome, cpuCount, allowRemote, prefix);
    }

    /**
     * The brand's {@code apiVersion}, {@code <brand>.dev/v1} with the brand being the lower-cased prefix: the
     * default of a file that names none. {@link DaemonSettings#API_VERSION} is accepted as well.
     */
    public String apiVersion() {
        return envPrefix.toLowerCase(java.util.Locale.ROOT) + ".dev/v1";
    }

    /** The accepted {@code apiVersion}s: the brand's, then the OSS one. */
    public java.util.List<String> apiVersions() {
        return java.util.stream.Stream.of(apiVersion(), DaemonSettings.API_VERSION).distinct()
                .collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /** The name of the variable that overrides {@code orchestrator.authToken}: {@code <P>_DAEMON_TOKEN}. */
    public String tokenVariable() {
        return envPrefix + "_DAEMON_TOKEN";
    }

    /** The token override, when the environment sets a non-blank one. */
    public Optional<String> tokenOverride() {
        return Optional.ofNullable(env.get(tokenVariable())).filter(v -> !v.isBlank());
    }

    /** Environment values may be secrets, so only the variable names are shown. */
    @Override
    public String toString() {
        return "ConfigSource[primary=" + primary + ", home=" + home + ", env=" + new java.util.TreeSet<>(env.keySet())
                + ", userHome=" + userHome + ", cpuCount=" + cpuCount + ", allowRemote=" + allowRemote
                + ", envPrefix=" + envPrefix + "]";
    }
}
