package dev.donmai.providers.git;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The configuration of {@link GitWorkareaProvider}, read from {@link ProviderConfig} values (flat dotted keys or
 * nested maps). Keys:
 * <table>
 *   <caption>configuration keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code stateHome}</td><td>the host's data directory</td><td>the state home; {@code cache/},
 *       {@code worktrees/}, {@code workareas/} live under it. The daemon passes it so that workareas are
 *       {@code <stateHome>/worktrees/<sessionId>} (sessions.md §13); without it (e.g. a registry that configures
 *       nothing) the provider works under its private {@code ProviderHost.dataDir()}</td></tr>
 *   <tr><td>{@code worktreesDir}</td><td>{@code <stateHome>/worktrees}</td><td>where acquired workareas live
 *       (absolute); keep it on the state home's filesystem, because members move between it and the pool by
 *       rename</td></tr>
 *   <tr><td>{@code fetchIntervalSeconds}</td><td>60</td><td>a mirror fetched longer ago is fetched before a ref is
 *       resolved ({@code workarea.fetchIntervalSeconds})</td></tr>
 *   <tr><td>{@code pool.enabled}</td><td>true</td><td>keep returned workareas as warm pool members</td></tr>
 *   <tr><td>{@code pool.maxReadyPerKey}</td><td>2</td><td>most ready members per (repository, ref, toolchainKey);
 *       a return beyond it destroys</td></tr>
 *   <tr><td>{@code pool.minReadyPerKey}</td><td>1</td><td>the background refill after an acquire warms the key up to
 *       this many ready members; 0 turns the refill off</td></tr>
 *   <tr><td>{@code poolMaxDiskGb}</td><td>0</td><td>disk budget of mirrors and pool members in GB (10<sup>9</sup>
 *       bytes, fractions allowed); 0 = no budget ({@code capacity.poolMaxDiskGb})</td></tr>
 *   <tr><td>{@code gitBinary}</td><td>{@code git}</td><td>the git executable, a path or a name on {@code PATH}</td></tr>
 *   <tr><td>{@code poolIndex}</td><td>{@code memory}</td><td>where pool member rows live: {@code memory} (lost with
 *       the process; members found on disk at activation are destroyed) or {@code state-db} (the
 *       {@code pool_members} table of {@code <stateHome>/state.db}, shared with the daemon's crash recovery, so
 *       ready members survive a restart); {@code state-db} needs {@code stateHome}</td></tr>
 * </table>
 */
record WorkareaSettings(
        @Nullable Path stateHome,
        @Nullable Path worktreesDir,
        Duration fetchInterval,
        boolean poolEnabled,
        int maxReadyPerKey,
        int minReadyPerKey,
        long poolMaxDiskBytes,
        String gitBinary,
        PoolIndexKind poolIndex) {

    static final String STATE_HOME = "stateHome";
    static final String WORKTREES_DIR = "worktreesDir";
    static final String FETCH_INTERVAL_SECONDS = "fetchIntervalSeconds";
    static final String POOL_ENABLED = "pool.enabled";
    static final String POOL_MAX_READY_PER_KEY = "pool.maxReadyPerKey";
    static final String POOL_MIN_READY_PER_KEY = "pool.minReadyPerKey";
    static final String POOL_MAX_DISK_GB = "poolMaxDiskGb";
    static final String GIT_BINARY = "gitBinary";
    static final String POOL_INDEX = "poolIndex";
    static final List<String> KEYS = List.of(STATE_HOME, WORKTREES_DIR, FETCH_INTERVAL_SECONDS, POOL_ENABLED,
            POOL_MAX_READY_PER_KEY, POOL_MIN_READY_PER_KEY, POOL_MAX_DISK_GB, GIT_BINARY, POOL_INDEX);

    /** Where pool member rows live. */
    enum PoolIndexKind {
        /** {@link InMemoryPoolIndex}. */
        MEMORY("memory"),
        /** {@link StateDbPoolIndex} on {@code <stateHome>/state.db}. */
        STATE_DB("state-db");

        private final String wire;

        PoolIndexKind(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }
    }

    private static final double BYTES_PER_GB = 1e9;

    /**
     * Parses {@code config}.
     *
     * @throws ProviderException.ContractViolation {@code UNKNOWN_FIELD} for an unknown key, {@code INVALID_VALUE}
     *         for a bad value (a relative {@code stateHome} included)
     */
    static WorkareaSettings from(ProviderConfig config) {
        ConfigValues values = ConfigValues.of(config, KEYS, List.of());
        Path stateHome = values.string(STATE_HOME).map(Path::of).orElse(null);
        if (stateHome != null && !stateHome.isAbsolute()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, STATE_HOME);
        }
        Path worktreesDir = values.string(WORKTREES_DIR).map(Path::of).orElse(null);
        if (worktreesDir != null && !worktreesDir.isAbsolute()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                    WORKTREES_DIR);
        }
        int maxReady = values.integer(POOL_MAX_READY_PER_KEY, 0).orElse(2L).intValue();
        int minReady = values.integer(POOL_MIN_READY_PER_KEY, 0).orElse(1L).intValue();
        if (minReady > maxReady) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                    POOL_MIN_READY_PER_KEY);
        }
        PoolIndexKind poolIndex = values.string(POOL_INDEX).map(WorkareaSettings::poolIndexKind)
                .orElse(PoolIndexKind.MEMORY);
        if (poolIndex == PoolIndexKind.STATE_DB && stateHome == null) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, POOL_INDEX);
        }
        return new WorkareaSettings(
                stateHome == null ? null : stateHome.normalize(),
                worktreesDir == null ? null : worktreesDir.normalize(),
                Duration.ofSeconds(values.integer(FETCH_INTERVAL_SECONDS, 0).orElse(60L)),
                values.bool(POOL_ENABLED).orElse(true),
                maxReady,
                minReady,
                (long) (values.nonNegativeNumber(POOL_MAX_DISK_GB).orElse(0.0) * BYTES_PER_GB),
                values.string(GIT_BINARY).orElse("git"),
                poolIndex);
    }

    /** A new pool index of the configured kind. */
    PoolIndex newPoolIndex() {
        return poolIndex == PoolIndexKind.STATE_DB ? new StateDbPoolIndex(stateHome.resolve("state.db"))
                : new InMemoryPoolIndex();
    }

    private static PoolIndexKind poolIndexKind(String wire) {
        for (PoolIndexKind kind : PoolIndexKind.values()) {
            if (kind.wire().equals(wire)) {
                return kind;
            }
        }
        throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, POOL_INDEX);
    }
}
