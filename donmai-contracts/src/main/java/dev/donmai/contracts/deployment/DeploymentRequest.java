package dev.donmai.contracts.deployment;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.SessionKey;
import java.util.Map;

/**
 * A deployment to make.
 *
 * @param session     the session asking, if any
 * @param environment the target environment (e.g. {@code staging})
 * @param revision    what to deploy (a commit, tag, image digest)
 * @param region      the region; absent = the provider's default
 * @param parameters  plain provider-specific parameters; secrets never go here
 */
public record DeploymentRequest(
        @Nullable SessionKey session,
        String environment,
        String revision,
        @Nullable String region,
        Map<String, String> parameters) {

    public DeploymentRequest {
        FieldChecks.requireText(environment, "environment");
        FieldChecks.requireText(revision, "revision");
        FieldChecks.optionalText(region, "region");
        parameters = FieldChecks.requiredMap(parameters, "parameters");
    }
}
