package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** How a VCS identifies the author of a change. */
public enum IdentityScheme implements WireValue {
    EMAIL, ED25519, OAUTH, IAM, WORKSPACE_TOKEN;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
