package dev.donmai.contracts.workarea;

/**
 * An expected latency in milliseconds, as median and 95th percentile.
 *
 * @param p50 the median, ≥ 0
 * @param p95 the 95th percentile, ≥ {@code p50}
 */
public record LatencyMs(long p50, long p95) {

    public LatencyMs {
        Checks.nonNegative(p50, "p50");
        Checks.check(p95 >= p50, "p95");
    }
}
