package dev.donmai.contracts.deployment;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.WireValue;
import java.time.Instant;

/**
 * The status of a deployment: {@code pending}, {@code in-progress}, {@code succeeded}, {@code failed},
 * {@code rejected} or {@code rolled-back} (the {@link #wire() wire} names). All but the first two are terminal.
 */
public sealed interface DeploymentStatus extends WireValue {

    /** The {@code pending} value. */
    DeploymentStatus PENDING = new Pending();

    /** True when the deployment will not change any more (not {@code is…}-named, so JSON mappers do not take it for a wire field). */
    default boolean terminal() {
        return !(this instanceof Pending || this instanceof InProgress);
    }

    /** Accepted, not started. */
    record Pending() implements DeploymentStatus {
        @Override
        public String wire() {
            return "pending";
        }
    }

    /**
     * Running.
     *
     * @param detail the current step, if the provider says
     */
    record InProgress(@Nullable String detail) implements DeploymentStatus {
        public InProgress {
            FieldChecks.optionalText(detail, "detail");
        }

        @Override
        public String wire() {
            return "in-progress";
        }
    }

    /**
     * Deployed.
     *
     * @param url where the deployment can be reached, if it has an address
     * @param at  when it finished
     */
    record Succeeded(@Nullable String url, Instant at) implements DeploymentStatus {
        public Succeeded {
            if (url != null) {
                FieldChecks.url(url, "url", true);
            }
            FieldChecks.require(at, "at");
        }

        @Override
        public String wire() {
            return "succeeded";
        }
    }

    /**
     * Started but failed.
     *
     * @param error a secret-free description
     * @param at    when it failed
     */
    record Failed(String error, Instant at) implements DeploymentStatus {
        public Failed {
            FieldChecks.requireText(error, "error");
            FieldChecks.require(at, "at");
        }

        @Override
        public String wire() {
            return "failed";
        }
    }

    /**
     * Refused by the provider before anything was changed.
     *
     * @param reason a secret-free description
     * @param at     when it was refused
     */
    record Rejected(String reason, Instant at) implements DeploymentStatus {
        public Rejected {
            FieldChecks.requireText(reason, "reason");
            FieldChecks.require(at, "at");
        }

        @Override
        public String wire() {
            return "rejected";
        }
    }

    /**
     * Rolled back.
     *
     * @param rollbackDeploymentId the rollback's {@link DeploymentRef#deploymentId()}, if it is tracked as one
     * @param at                   when the rollback finished
     */
    record RolledBack(@Nullable String rollbackDeploymentId, Instant at) implements DeploymentStatus {
        public RolledBack {
            FieldChecks.optionalText(rollbackDeploymentId, "rollbackDeploymentId");
            FieldChecks.require(at, "at");
        }

        @Override
        public String wire() {
            return "rolled-back";
        }
    }
}
