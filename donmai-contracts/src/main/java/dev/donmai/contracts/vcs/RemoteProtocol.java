package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** The protocol a VCS speaks to its remote. */
public enum RemoteProtocol implements WireValue {
    GIT_SMART_HTTP, ATOMIC_MERKLE, S3, HTTP_API;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
