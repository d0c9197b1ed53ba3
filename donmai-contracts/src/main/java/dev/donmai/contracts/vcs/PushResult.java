package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/** The outcome of a push: {@code Pushed} or {@code Rejected}. */
public sealed interface PushResult {

    /**
     * The remote accepted the push.
     *
     * @param ref the remote ref now pointing at the pushed change
     */
    record Pushed(String ref) implements PushResult {
        public Pushed {
            FieldChecks.requireText(ref, "ref");
        }
    }

    /**
     * The remote refused the push.
     *
     * @param reason  why
     * @param details the remote's secret-free explanation, if any
     */
    record Rejected(PushRejectReason reason, @Nullable String details) implements PushResult {
        public Rejected {
            FieldChecks.require(reason, "reason");
            FieldChecks.optionalText(details, "details");
        }
    }
}
