package dev.donmai.contracts.kit;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.map;

import dev.donmai.contracts.provider.Nullable;
import java.util.Map;

/**
 * Whether a kit applies to a tree, how sure it is, and the toolchain it would need.
 *
 * @param applies    true when the kit applies
 * @param confidence how sure, from 0 to 1 inclusive
 * @param reason     why (or why not), for humans
 * @param toolchain  tool → demand it needs, e.g. {@code {"java":"17"}}
 */
public record KitDetection(boolean applies, double confidence, @Nullable String reason,
        Map<String, String> toolchain) {

    public KitDetection {
        check(Double.isFinite(confidence) && confidence >= 0 && confidence <= 1, "confidence");
        toolchain = map(toolchain, "toolchain");
    }

    /** A detection that does not apply, with confidence 1. */
    public static KitDetection notApplicable(@Nullable String reason) {
        return new KitDetection(false, 1.0, reason, Map.of());
    }
}
