package dev.donmai.runtime.api;

import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.runtime.spi.DiscardingExecutionEventSink;
import dev.donmai.runtime.spi.ExecutionEventSink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a {@link SessionEngine} is configured with (sessions.md; daemon.yaml {@code session.*}, {@code git.*},
 * {@code backstop.*}, {@code workarea.pool.*}). The engine never reads the environment: the caller hands it the
 * daemon's environment as {@link #daemonEnv} (the CLI passes {@code System.getenv()}). Build one with
 * {@link #builder(Path)}; every default is the documented one.
 *
 * @param stateHome                    the directory of all runtime state ({@code prompts/}, {@code workareas/}, …)
 * @param worktreeDir                  where workareas live ({@code <stateHome>/worktrees}); the engine makes the empty
 *                                     repository of a session without a repository here
 * @param envPrefix                    the brand's variable prefix {@code <P>}: {@code DONMAI} (the CLI passes its own)
 * @param daemonEnv                    the daemon's environment, layer 1 of the session env (minus the blocklist)
 * @param baseEnv                      {@code session.baseEnv}, layer 2
 * @param envBlocklist                 {@code session.envBlocklist[]}: globs added to the default blocklist
 * @param defaultHarness               {@code session.defaultHarness}: {@code auto} or a harness id
 * @param defaultMaxDurationSeconds    max-duration watchdog when the item sets none (0 = off)
 * @param noProgressTimeoutSeconds     no-progress watchdog (0 = off)
 * @param noProgressToolTimeoutSeconds no-progress watchdog while a tool call is open (0 = off)
 * @param killGraceSeconds             SIGTERM → SIGKILL grace of a stop
 * @param defaultMaxCostUsd            budget when the item sets none ({@code null} = unlimited)
 * @param defaultMaxTokens             token budget when the item sets none ({@code null} = unlimited)
 * @param gitAuthorName                {@code git.authorName}: the agent's and the backstop's commit identity
 * @param gitAuthorEmail               {@code git.authorEmail}
 * @param backstopExcludeGlobs         {@code backstop.excludeGlobs}: never committed by the backstop
 * @param poolEnabled                  {@code workarea.pool.enabled}: clean workareas go back to the pool
 * @param poolMaxReadyPerKey           {@code workarea.pool.maxReadyPerKey}
 * @param maxConcurrentSessions        live sessions at once; more are refused ({@code at capacity})
 * @param workareaProvider             the workarea provider id; {@code null} = the registry's most specific one
 * @param modelAccess                  the machine's narrow-only model access block ({@code null} = identity)
 * @param eventSink                    the event spine
 * @param watchdogInterval             how often the watchdogs of each running session are evaluated
 * @param clock                        wall-clock time of every timestamp
 * @param ticker                       monotonic time of every duration and watchdog
 */
public record SessionEngineConfig(
        Path stateHome,
        Path worktreeDir,
        String envPrefix,
        Map<String, String> daemonEnv,
        Map<String, String> baseEnv,
        List<String> envBlocklist,
        String defaultHarness,
        long defaultMaxDurationSeconds,
        long noProgressTimeoutSeconds,
        long noProgressToolTimeoutSeconds,
        long killGraceSeconds,
        @Nullable Double defaultMaxCostUsd,
        @Nullable Long defaultMaxTokens,
        String gitAuthorName,
        String gitAuthorEmail,
        List<String> backstopExcludeGlobs,
        boolean poolEnabled,
        int poolMaxReadyPerKey,
        int maxConcurrentSessions,
        @Nullable String workareaProvider,
        @Nullable MachineAccess modelAccess,
        ExecutionEventSink eventSink,
        Duration watchdogInterval,
        Clock clock,
        Ticker ticker) {

    /** The OSS env prefix. */
    public static final String DEFAULT_ENV_PREFIX = "DONMAI";
    /** {@code session.defaultHarness}'s default. */
    public static final String AUTO_HARNESS = "auto";
    /** {@code git.authorName}'s default. */
    public static final String DEFAULT_AUTHOR_NAME = "Donmai Agent";
    /** {@code git.authorEmail}'s default. */
    public static final String DEFAULT_AUTHOR_EMAIL = "agent@donmai.invalid";
    /** {@code backstop.excludeGlobs}' default. */
    public static final List<String> DEFAULT_BACKSTOP_EXCLUDES = List.of(".env", ".env.*", "*.pem", "*.key", "*.log");

    private static final Pattern PREFIX = Pattern.compile("^[A-Z][A-Z0-9]*$");

    public SessionEngineConfig {
        Objects.requireNonNull(stateHome, "stateHome");
        Objects.requireNonNull(worktreeDir, "worktreeDir");
        Objects.requireNonNull(envPrefix, "envPrefix");
        if (!PREFIX.matcher(envPrefix).matches()) {
            throw new IllegalArgumentException("envPrefix must be upper-case letters and digits");
        }
        daemonEnv = copy(daemonEnv, "daemonEnv");
        baseEnv = copy(baseEnv, "baseEnv");
        envBlocklist = List.copyOf(envBlocklist);
        Objects.requireNonNull(defaultHarness, "defaultHarness");
        nonNegative(defaultMaxDurationSeconds, "defaultMaxDurationSeconds");
        nonNegative(noProgressTimeoutSeconds, "noProgressTimeoutSeconds");
        nonNegative(noProgressToolTimeoutSeconds, "noProgressToolTimeoutSeconds");
        if (killGraceSeconds < 1) {
            throw new IllegalArgumentException("killGraceSeconds must be at least 1");
        }
        if (defaultMaxCostUsd != null && !(defaultMaxCostUsd >= 0)) {
            throw new IllegalArgumentException("defaultMaxCostUsd must be >= 0");
        }
        if (defaultMaxTokens != null) {
            nonNegative(defaultMaxTokens, "defaultMaxTokens");
        }
        Objects.requireNonNull(gitAuthorName, "gitAuthorName");
        Objects.requireNonNull(gitAuthorEmail, "gitAuthorEmail");
        backstopExcludeGlobs = List.copyOf(backstopExcludeGlobs);
        nonNegative(poolMaxReadyPerKey, "poolMaxReadyPerKey");
        nonNegative(maxConcurrentSessions, "maxConcurrentSessions");
        Objects.requireNonNull(eventSink, "eventSink");
        Objects.requireNonNull(watchdogInterval, "watchdogInterval");
        if (watchdogInterval.isNegative() || watchdogInterval.isZero()) {
            throw new IllegalArgumentException("watchdogInterval must be positive");
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ticker, "ticker");
    }

    /** A builder with every default, rooted at {@code stateHome}. */
    public static Builder builder(Path stateHome) {
        return new Builder(stateHome);
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The grace between SIGTERM and SIGKILL. */
    public Duration killGrace() {
        return Duration.ofSeconds(killGraceSeconds);
    }

    private static Map<String, String> copy(Map<String, String> map, String name) {
        Objects.requireNonNull(map, name);
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0");
        }
    }

    /** Assembles a {@link SessionEngineConfig}; unset parts take the documented defaults. */
    public static final class Builder {
        private Path stateHome;
        private Path worktreeDir;
        private String envPrefix = DEFAULT_ENV_PREFIX;
        private Map<String, String> daemonEnv = Map.of();
        private Map<String, String> baseEnv = Map.of();
        private List<String> envBlocklist = new ArrayList<>();
        private String defaultHarness = AUTO_HARNESS;
        private long defaultMaxDurationSeconds = 3600;
        private long noProgressTimeoutSeconds = 900;
        private long noProgressToolTimeoutSeconds = 1800;
        private long killGraceSeconds = 10;
        private Double defaultMaxCostUsd;
        private Long defaultMaxTokens;
        private String gitAuthorName = DEFAULT_AUTHOR_NAME;
        private String gitAuthorEmail = DEFAULT_AUTHOR_EMAIL;
        private List<String> backstopExcludeGlobs = DEFAULT_BACKSTOP_EXCLUDES;
        private boolean poolEnabled = true;
        private int poolMaxReadyPerKey = 2;
        private int maxConcurrentSessions = 8;
        private String workareaProvider;
        private MachineAccess modelAccess;
        private ExecutionEventSink eventSink = DiscardingExecutionEventSink.INSTANCE;
        private Duration watchdogInterval = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private Ticker ticker = Ticker.system();

        private Builder(Path stateHome) {
            this.stateHome = Objects.requireNonNull(stateHome, "stateHome");
        }

        private Builder(SessionEngineConfig c) {
            stateHome = c.stateHome;
            worktreeDir = c.worktreeDir;
            envPrefix = c.envPrefix;
            daemonEnv = c.daemonEnv;
            baseEnv = c.baseEnv;
            envBlocklist = c.envBlocklist;
            defaultHarness = c.defaultHarness;
            defaultMaxDurationSeconds = c.defaultMaxDurationSeconds;
            noProgressTimeoutSeconds = c.noProgressTimeoutSeconds;
            noProgressToolTimeoutSeconds = c.noProgressToolTimeoutSeconds;
            killGraceSeconds = c.killGraceSeconds;
            defaultMaxCostUsd = c.defaultMaxCostUsd;
            defaultMaxTokens = c.defaultMaxTokens;
            gitAuthorName = c.gitAuthorName;
            gitAuthorEmail = c.gitAuthorEmail;
            backstopExcludeGlobs = c.backstopExcludeGlobs;
            poolEnabled = c.poolEnabled;
            poolMaxReadyPerKey = c.poolMaxReadyPerKey;
            maxConcurrentSessions = c.maxConcurrentSessions;
            workareaProvider = c.workareaProvider;
            modelAccess = c.modelAccess;
            eventSink = c.eventSink;
            watchdogInterval = c.watchdogInterval;
            clock = c.clock;
            ticker = c.ticker;
        }

        public Builder stateHome(Path value) { stateHome = value; return this; }
        public Builder worktreeDir(Path value) { worktreeDir = value; return this; }
        public Builder envPrefix(String value) { envPrefix = value; return this; }
        public Builder daemonEnv(Map<String, String> value) { daemonEnv = value; return this; }
        public Builder baseEnv(Map<String, String> value) { baseEnv = value; return this; }
        public Builder envBlocklist(List<String> value) { envBlocklist = value; return this; }
        public Builder defaultHarness(String value) { defaultHarness = value; return this; }
        public Builder defaultMaxDurationSeconds(long value) { defaultMaxDurationSeconds = value; return this; }
        public Builder noProgressTimeoutSeconds(long value) { noProgressTimeoutSeconds = value; return this; }
        public Builder noProgressToolTimeoutSeconds(long value) { noProgressToolTimeoutSeconds = value; return this; }
        public Builder killGraceSeconds(long value) { killGraceSeconds = value; return this; }
        public Builder defaultMaxCostUsd(Double value) { defaultMaxCostUsd = value; return this; }
        public Builder defaultMaxTokens(Long value) { defaultMaxTokens = value; return this; }
        public Builder gitAuthorName(String value) { gitAuthorName = value; return this; }
        public Builder gitAuthorEmail(String value) { gitAuthorEmail = value; return this; }
        public Builder backstopExcludeGlobs(List<String> value) { backstopExcludeGlobs = value; return this; }
        public Builder poolEnabled(boolean value) { poolEnabled = value; return this; }
        public Builder poolMaxReadyPerKey(int value) { poolMaxReadyPerKey = value; return this; }
        public Builder maxConcurrentSessions(int value) { maxConcurrentSessions = value; return this; }
        public Builder workareaProvider(String value) { workareaProvider = value; return this; }
        public Builder modelAccess(MachineAccess value) { modelAccess = value; return this; }
        public Builder eventSink(ExecutionEventSink value) { eventSink = value; return this; }
        public Builder watchdogInterval(Duration value) { watchdogInterval = value; return this; }
        public Builder clock(Clock value) { clock = value; return this; }
        public Builder ticker(Ticker value) { ticker = value; return this; }

        public SessionEngineConfig build() {
            Path worktrees = worktreeDir != null ? worktreeDir : stateHome.resolve("worktrees");
            return new SessionEngineConfig(stateHome, worktrees, envPrefix, daemonEnv, baseEnv, envBlocklist,
                    defaultHarness, defaultMaxDurationSeconds, noProgressTimeoutSeconds, noProgressToolTimeoutSeconds,
                    killGraceSeconds, defaultMaxCostUsd, defaultMaxTokens, gitAuthorName, gitAuthorEmail,
                    backstopExcludeGlobs, poolEnabled, poolMaxReadyPerKey, maxConcurrentSessions, workareaProvider,
                    modelAccess, eventSink, watchdogInterval, clock, ticker);
        }
    }
}
