package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * An expected latency in milliseconds, as median and 95th percentile.
 *
 * @param p50 the median, ≥ 0
 * @param p95 the 95th percentile, ≥ {@code p50}
 */
public record LatencyMs(long p50, long p95) {

    public LatencyMs {
        FieldChecks.nonNegative(p50, "p50");
        FieldChecks.check(p95 >= p50, "p95");
    }
}
