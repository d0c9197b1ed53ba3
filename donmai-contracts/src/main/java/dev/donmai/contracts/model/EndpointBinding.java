package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.envNames;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.requireText;

import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * A resolved model endpoint cell: which model, through which protocol and host, under which auth mode and cost
 * model. Secret-free: the credential broker fills the variables named in {@code injectEnvNames} at spawn.
 *
 * <p>Checked here: {@code baseUrl}, when set, is allowed ({@link EndpointCells#isAllowedBaseUrl}: absolute
 * http(s), a host, no user info, https unless loopback) else {@code ContractViolation(INVALID_VALUE, "baseUrl")};
 * {@code bringsOwnAuth} implies no {@code injectEnvNames} ({@code INVALID_VALUE "injectEnvNames"}). Validity against
 * a request and capabilities is {@link EndpointCells#isValid}.
 *
 * @param company        the model company
 * @param model          the model id
 * @param baseUrl        the endpoint URL the harness should use; absent = the harness default
 * @param protocol       the wire protocol
 * @param host           the serving host
 * @param authMode       the auth mode
 * @param costModel      how the cell charges
 * @param bringsOwnAuth  true when the harness authenticates by itself (e.g. its own OAuth login)
 * @param injectEnvNames environment variables the credential broker fills at spawn
 */
public record EndpointBinding(
        String company,
        String model,
        @Nullable String baseUrl,
        WireProtocol protocol,
        ServingHost host,
        AuthMode authMode,
        CostModel costModel,
        boolean bringsOwnAuth,
        List<String> injectEnvNames) {

    public EndpointBinding {
        requireText(company, "company");
        requireText(model, "model");
        if (baseUrl != null) {
            EndpointCells.requireBaseUrl(baseUrl, "baseUrl");
        }
        require(protocol, "protocol");
        require(host, "host");
        require(authMode, "authMode");
        require(costModel, "costModel");
        injectEnvNames = envNames(injectEnvNames, "injectEnvNames");
        check(!bringsOwnAuth || injectEnvNames.isEmpty(), "injectEnvNames");
    }
}
