package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.requireText;
import static dev.donmai.contracts.provider.FieldChecks.set;

import dev.donmai.contracts.provider.Nullable;
import java.util.Set;

/**
 * What a session needs from a model endpoint: the model and auth mode the access resolver granted, and what the
 * chosen harness can drive.
 *
 * @param company       the model company
 * @param model         the model id
 * @param authMode      the granted auth mode
 * @param pinnedHost    the host the grant pins, if any
 * @param harnessDrives protocols the harness speaks ({@code HarnessCapabilities.drives})
 * @param harnessHosts  hosts the harness can use ({@code HarnessCapabilities.drivesHosts})
 * @param baseUrl       an override of the endpoint's URL; allowed only per {@link EndpointCells#isAllowedBaseUrl}
 */
public record EndpointRequest(
        String company,
        String model,
        AuthMode authMode,
        @Nullable ServingHost pinnedHost,
        Set<WireProtocol> harnessDrives,
        Set<ServingHost> harnessHosts,
        @Nullable String baseUrl) {

    public EndpointRequest {
        requireText(company, "company");
        requireText(model, "model");
        require(authMode, "authMode");
        harnessDrives = set(harnessDrives, "harnessDrives");
        harnessHosts = set(harnessHosts, "harnessHosts");
        if (baseUrl != null) {
            EndpointCells.requireBaseUrl(baseUrl, "baseUrl");
        }
    }
}
