package dev.donmai.contracts.requester;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a requester provider declares about itself.
 *
 * @param acceptedProtocols         protocols it accepts requests over (e.g. {@code a2a}, {@code http}); not empty
 * @param maxConcurrentRequests     most requests open at once; null = no declared limit
 * @param supportsStreamingResponse can send partial responses before the final one
 * @param requiresSignedRequests    denies requests without a valid signature
 */
public record RequesterCapabilities(
        Set<String> acceptedProtocols,
        @Nullable Integer maxConcurrentRequests,
        boolean supportsStreamingResponse,
        boolean requiresSignedRequests) implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    public RequesterCapabilities {
        acceptedProtocols = FieldChecks.requiredSet(acceptedProtocols, "acceptedProtocols");
        FieldChecks.check(!acceptedProtocols.isEmpty(), "acceptedProtocols");
        acceptedProtocols.forEach(p -> FieldChecks.check(!p.isBlank(), "acceptedProtocols"));
        if (maxConcurrentRequests != null) {
            FieldChecks.positive(maxConcurrentRequests, "maxConcurrentRequests");
        }
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.REQUESTER_PROVIDER;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("acceptedProtocols", "Accepted protocols");
        m.put("maxConcurrentRequests", "Max concurrent requests");
        m.put("supportsStreamingResponse", "Streaming responses");
        m.put("requiresSignedRequests", "Signed requests required");
        return Collections.unmodifiableMap(m);
    }
}
