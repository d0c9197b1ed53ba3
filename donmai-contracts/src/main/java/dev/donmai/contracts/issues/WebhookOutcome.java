package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
/** The result of normalising a webhook delivery: {@code Accepted}, {@code Ignored} or {@code Rejected}. */
public sealed interface WebhookOutcome {

    /**
     * The delivery is genuine and maps to an event.
     *
     * @param event the normalised event
     */
    record Accepted(IssueEvent event) implements WebhookOutcome {
        public Accepted {
            FieldChecks.require(event, "event");
        }
    }

    /**
     * The delivery is genuine but maps to nothing the host acts on.
     *
     * @param reason a short, secret-free code (e.g. {@code unsupported-event})
     */
    record Ignored(String reason) implements WebhookOutcome {
        public Ignored {
            FieldChecks.requireText(reason, "reason");
        }
    }

    /**
     * The delivery is refused: unverifiable, malformed or not for this tracker.
     *
     * @param reason a short, secret-free code (e.g. {@code bad-signature})
     */
    record Rejected(String reason) implements WebhookOutcome {
        public Rejected {
            FieldChecks.requireText(reason, "reason");
        }
    }
}
