package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.WireValue;

/** Outbound network access of a sandbox: everything, nothing, or an allowlist of hosts. */
public enum EgressDefault implements WireValue {
    ALLOW_ALL, DENY_ALL, ALLOWLIST;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
