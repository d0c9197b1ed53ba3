package dev.donmai.contracts.provider;

/** Where a provider applies, least specific first: a higher ordinal wins resolution. */
public enum ScopeLevel implements WireValue {
    GLOBAL, TENANT, ORG, PROJECT;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
