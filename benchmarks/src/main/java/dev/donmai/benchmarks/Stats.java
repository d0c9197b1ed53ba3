package dev.donmai.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a sample, in the nearest-rank convention (no interpolation). */
final class Stats {

    private Stats() {
    }

    /**
     * The {@code p}-th percentile by nearest rank: the smallest value with at least {@code p} % of the sample at or
     * below it, i.e. the value of rank ⌈p/100 · n⌉ (1-based) in sorted order. p95 of 50 samples is the 48th.
     */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The median: the middle value, or the mean of the two middle values of an even-sized sample. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Milliseconds from nanoseconds, rounded to microseconds. */
    static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    /** {@code value} rounded to {@code digits} decimals, for printing. */
    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /** The values rounded to 3 decimals, in sample order. */
    static double[] rounded(List<Double> values) {
        return values.stream().mapToDouble(v -> round(v, 3)).toArray();
    }

    static String describe(List<Double> values) {
        return Arrays.toString(rounded(values));
    }
}
