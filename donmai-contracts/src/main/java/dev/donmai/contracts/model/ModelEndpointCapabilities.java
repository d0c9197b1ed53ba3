package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.requireText;
import static dev.donmai.contracts.provider.FieldChecks.set;
import static dev.donmai.contracts.provider.FieldChecks.textList;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code model-endpoint} provider offers: one model company, the protocols and hosts it serves them through,
 * the auth modes it supports, its models and how it charges.
 *
 * @param company                 the model company, e.g. {@code anthropic}
 * @param protocols               wire protocols it serves; not empty
 * @param servingHosts            hosts it serves through
 * @param authModes               auth modes it supports; not empty
 * @param models                  model ids it serves; {@value #ANY_MODEL} means any
 * @param costModel               how it charges
 * @param supportsBaseUrlOverride whether a request's {@code baseUrl} can replace the default
 */
public record ModelEndpointCapabilities(
        String company,
        Set<WireProtocol> protocols,
        Set<ServingHost> servingHosts,
        Set<AuthMode> authModes,
        List<String> models,
        CostModel costModel,
        boolean supportsBaseUrlOverride) implements Capabilities {

    /** The {@code models} entry that matches every model. */
    public static final String ANY_MODEL = "*";

    /** Component name → human label. */
    public static final Map<String, String> LABELS = labels();

    public ModelEndpointCapabilities {
        requireText(company, "company");
        protocols = set(protocols, "protocols");
        check(!protocols.isEmpty(), "protocols");
        servingHosts = set(servingHosts, "servingHosts");
        authModes = set(authModes, "authModes");
        check(!authModes.isEmpty(), "authModes");
        models = textList(models, "models");
        require(costModel, "costModel");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.MODEL_ENDPOINT;
    }

    /** True when {@code model} is listed or {@code models} holds {@value #ANY_MODEL}. */
    public boolean servesModel(String model) {
        return model != null && (models.contains(ANY_MODEL) || models.contains(model));
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("company", "Model company");
        labels.put("protocols", "Wire protocols");
        labels.put("servingHosts", "Serving hosts");
        labels.put("authModes", "Auth modes");
        labels.put("models", "Models");
        labels.put("costModel", "Cost model");
        labels.put("supportsBaseUrlOverride", "Base URL override");
        return java.util.Collections.unmodifiableMap(labels);
    }
}
