package dev.donmai.contracts.provider;

/** The kinds of {@link ProviderHookEvent.FamilyEvent}, the only hook events providers publish themselves. */
public enum FamilyEventKind implements WireValue {
    WORKAREA_ACQUIRED("workarea-acquired"),
    WORKAREA_RELEASING("workarea-releasing"),
    WORKAREA_RESUMED("workarea-resumed"),
    SANDBOX_COST("sandbox-cost"),
    VCS_ATTESTATION("vcs-attestation");

    private final String wire;

    FamilyEventKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
