package dev.donmai.runtime.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double the way ECMAScript's {@code Number.prototype.toString} does, as RFC 8785 §3.2.2.3 requires:
 * the shortest decimal that reads back as the same double, in plain notation for exponents in [-6, 21), else in
 * {@code d.ddde+n} notation.
 *
 * <p>Why not {@link Double#toString}: before JDK 19 it does not always produce the shortest digits, and its
 * notation thresholds differ from ECMAScript's.
 */
final class EcmaNumber {

    private static final int MAX_SIGNIFICANT_DIGITS = 17;

    private EcmaNumber() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
        if (value == 0) {
            return "0"; // negative zero included
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortestRoundTrip(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int trailingZeros = 0;
        while (digits.length() - trailingZeros > 1 && digits.charAt(digits.length() - 1 - trailingZeros) == '0') {
            trailingZeros++;
        }
        digits = digits.substring(0, digits.length() - trailingZeros);
        int k = digits.length();
        // value = 0.digits × 10^n, i.e. ECMAScript's s × 10^(n−k)
        int n = k - shortest.scale() + trailingZeros;
        return sign + layout(digits, k, n);
    }

    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code value}; among equally short ones,
     * the closest to the exact binary value (ECMAScript's tie rule).
     */
    private static BigDecimal shortestRoundTrip(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal best = null;
            // The nearest p-digit decimal may miss the round-trip interval at a power-of-two boundary (the interval
            // is asymmetric there) while its neighbour hits it, so both neighbours are tried too.
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Double.parseDouble(candidate.toString()) == value
                        && (best == null || distance(candidate, exact).compareTo(distance(best, exact)) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal distance(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs();
    }
}
