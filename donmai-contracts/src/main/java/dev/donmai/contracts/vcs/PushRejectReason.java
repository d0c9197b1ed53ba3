package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** Why a remote refused a push. */
public enum PushRejectReason implements WireValue {
    NON_FAST_FORWARD, AUTH, POLICY;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
