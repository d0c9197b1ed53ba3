package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.nonNegative;

/**
 * Token counts reported by a harness.
 *
 * @param inputTokens      prompt tokens not served from cache
 * @param outputTokens     generated tokens
 * @param cacheReadTokens  prompt tokens read from the provider's cache
 * @param cacheWriteTokens prompt tokens written to the provider's cache
 */
public record Usage(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens) {

    /** No tokens. */
    public static final Usage ZERO = new Usage(0, 0, 0, 0);

    public Usage {
        nonNegative(inputTokens, "inputTokens");
        nonNegative(outputTokens, "outputTokens");
        nonNegative(cacheReadTokens, "cacheReadTokens");
        nonNegative(cacheWriteTokens, "cacheWriteTokens");
    }

    /** The component-wise sum. */
    public Usage plus(Usage other) {
        return new Usage(Math.addExact(inputTokens, other.inputTokens), Math.addExact(outputTokens, other.outputTokens),
                Math.addExact(cacheReadTokens, other.cacheReadTokens),
                Math.addExact(cacheWriteTokens, other.cacheWriteTokens));
    }
}
