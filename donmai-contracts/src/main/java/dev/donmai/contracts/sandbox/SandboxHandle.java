package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import java.time.Instant;

/**
 * A provisioned sandbox.
 *
 * @param providerId    the provider that provisioned it
 * @param externalId    the provider's own id for it (a container id, a job name, …)
 * @param transport     how the host and the worker connect
 * @param provisionedAt when {@code provision} returned
 */
public record SandboxHandle(String providerId, String externalId, SandboxTransport transport, Instant provisionedAt) {

    public SandboxHandle {
        Ids.requireProviderId(providerId, "providerId");
        FieldChecks.requireText(externalId, "externalId");
        FieldChecks.require(transport, "transport");
        FieldChecks.require(provisionedAt, "provisionedAt");
    }
}
