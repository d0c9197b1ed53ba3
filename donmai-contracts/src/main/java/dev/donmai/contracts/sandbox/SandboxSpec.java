package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.WorkareaSpec;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a session asks of a sandbox provider.
 *
 * @param session             the session the sandbox is for
 * @param scope               where the session runs
 * @param resources           resources asked for; absent = the provider's default
 * @param registrationToken   the token the worker registers with (secret)
 * @param workerImage         the worker image or runtime to start; absent = the provider's default
 * @param envVars             plain environment for the worker; secrets never go here
 * @param networkPolicy       outbound network policy; absent = the provider's {@code egressDefault}
 * @param maxDuration         hard limit on the sandbox's life
 * @param idleTimeout         terminate or pause after this long without work
 * @param workareaProviderId  the workarea provider the worker should use inside the sandbox
 * @param workareaSpec        the workarea the worker should acquire; its session equals {@code session}
 * @param region              the region to run in (matched against {@code regions})
 */
public record SandboxSpec(
        SessionKey session,
        ScopeTarget scope,
        @Nullable Resources resources,
        Secret registrationToken,
        @Nullable String workerImage,
        Map<String, String> envVars,
        @Nullable NetworkPolicy networkPolicy,
        @Nullable Duration maxDuration,
        @Nullable Duration idleTimeout,
        @Nullable String workareaProviderId,
        @Nullable WorkareaSpec workareaSpec,
        @Nullable String region) {

    private static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    public SandboxSpec {
        FieldChecks.require(session, "session");
        FieldChecks.require(scope, "scope");
        FieldChecks.require(registrationToken, "registrationToken");
        FieldChecks.optionalText(workerImage, "workerImage");
        envVars = FieldChecks.requiredMap(envVars, "envVars");
        envVars.keySet().forEach(name -> FieldChecks.check(ENV_NAME.matcher(name).matches(), "envVars"));
        FieldChecks.optionalPositive(maxDuration, "maxDuration");
        FieldChecks.optionalPositive(idleTimeout, "idleTimeout");
        if (workareaProviderId != null) {
            Ids.requireProviderId(workareaProviderId, "workareaProviderId");
        }
        if (workareaSpec != null) {
            FieldChecks.check(workareaSpec.session().equals(session), "workareaSpec");
        }
        FieldChecks.optionalText(region, "region");
    }

    /** A spec with only the required parts; everything optional is the provider's default. */
    public static SandboxSpec minimal(SessionKey session, ScopeTarget scope, Secret registrationToken) {
        return new SandboxSpec(session, scope, null, registrationToken, null, Map.of(), null, null, null, null, null,
                null);
    }
}
