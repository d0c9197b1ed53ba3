package dev.donmai.contracts.issues;

/** Facet of an {@link IssueTrackerProvider} with {@code supportsWebhooks}. */
public interface IssueWebhooks {

    /**
     * Normalises one webhook delivery; pure (no I/O, hence no timeout) and deterministic. A delivery that fails
     * verification (bad or missing signature) is {@link WebhookOutcome.Rejected}; a well-formed delivery about
     * something the tracker does not map is {@link WebhookOutcome.Ignored}. Never throws for bad input.
     */
    WebhookOutcome normalizeEvent(WebhookDelivery delivery);
}
