package dev.donmai.contracts.issues;

/** The result of normalising a webhook delivery: {@code Accepted}, {@code Ignored} or {@code Rejected}. */
public sealed interface WebhookOutcome {

    /**
     * The delivery is genuine and maps to an event.
     *
     * @param event the normalised event
     */
    record Accepted(IssueEvent event) implements WebhookOutcome {
        public Accepted {
            Checks.required(event, "event");
        }
    }

    /**
     * The delivery is genuine but maps to nothing the host acts on.
     *
     * @param reason a short, secret-free code (e.g. {@code unsupported-event})
     */
    record Ignored(String reason) implements WebhookOutcome {
        public Ignored {
            Checks.text(reason, "reason");
        }
    }

    /**
     * The delivery is refused: unverifiable, malformed or not for this tracker.
     *
     * @param reason a short, secret-free code (e.g. {@code bad-signature})
     */
    record Rejected(String reason) implements WebhookOutcome {
        public Rejected {
            Checks.text(reason, "reason");
        }
    }
}
