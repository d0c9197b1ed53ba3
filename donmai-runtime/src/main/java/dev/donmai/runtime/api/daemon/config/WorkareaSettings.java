package dev.donmai.runtime.api.daemon.config;

/**
 * {@code workarea.*} (sessions.md §10, §13).
 *
 * @param poolEnabled          {@code workarea.pool.enabled}: clean workareas return to the warm pool
 * @param poolMaxReadyPerKey   {@code workarea.pool.maxReadyPerKey}
 * @param poolMinReadyPerKey   {@code workarea.pool.minReadyPerKey}: the warmer's target (0 = no warming)
 * @param poolKeyIdleHours     {@code workarea.pool.keyIdleHours}: keys unused this long are not warmed
 * @param archiveRetentionDays {@code workarea.archiveRetentionDays}
 * @param fetchIntervalSeconds {@code workarea.fetchIntervalSeconds}: a mirror older than this is fetched first
 */
public record WorkareaSettings(boolean poolEnabled, int poolMaxReadyPerKey, int poolMinReadyPerKey,
        int poolKeyIdleHours, int archiveRetentionDays, int fetchIntervalSeconds) {

    /** The defaults of sessions.md. */
    public static final WorkareaSettings DEFAULT = new WorkareaSettings(true, 2, 1, 24, 14, 60);

    public WorkareaSettings {
        for (int value : new int[] {poolMaxReadyPerKey, poolMinReadyPerKey, poolKeyIdleHours, archiveRetentionDays,
                fetchIntervalSeconds}) {
            if (value < 0) {
                throw new IllegalArgumentException("workarea settings must be >= 0");
            }
        }
    }
}
