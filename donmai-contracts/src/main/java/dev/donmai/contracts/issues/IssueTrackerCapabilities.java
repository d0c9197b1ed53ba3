package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an issue-tracker provider declares about itself.
 *
 * @param supportsWebhooks          offers {@link IssueTrackerProvider#webhooks()}
 * @param supportsComments          offers {@link IssueTrackerProvider#comments()}
 * @param supportsStatusTransitions offers {@link IssueTrackerProvider#transitions()}
 */
public record IssueTrackerCapabilities(
        boolean supportsWebhooks,
        boolean supportsComments,
        boolean supportsStatusTransitions) implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    @Override
    public ProviderFamily family() {
        return ProviderFamily.ISSUE_TRACKER;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("supportsWebhooks", "Webhooks");
        m.put("supportsComments", "Comments");
        m.put("supportsStatusTransitions", "Status transitions");
        return Collections.unmodifiableMap(m);
    }
}
