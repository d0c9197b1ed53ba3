package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.WireValue;

/** What happened to an issue, as normalised from a webhook. */
public enum IssueEventKind implements WireValue {
    CREATED, UPDATED, STATUS_CHANGED, COMMENTED, ASSIGNED, CLOSED, REOPENED, DELETED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
