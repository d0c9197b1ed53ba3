package dev.donmai.contracts.sandbox;

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
        Checks.text(externalId, "externalId");
        Checks.required(transport, "transport");
        Checks.required(provisionedAt, "provisionedAt");
    }
}
