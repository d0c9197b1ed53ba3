package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.WireValue;

/** Whether the sandbox itself enforces which repositories a worker may touch. */
public enum RepositoryAuthorityEnforcement implements WireValue {
    NONE, ISOLATED_READ_ONLY_V1;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
