package dev.donmai.contracts.provider;

/** The ten provider families. */
public enum ProviderFamily implements WireValue {
    SANDBOX,
    WORKAREA,
    AGENT_RUNTIME,
    VCS,
    ISSUE_TRACKER,
    DEPLOYMENT,
    AGENT_REGISTRY,
    KIT,
    MODEL_ENDPOINT,
    REQUESTER_PROVIDER;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
