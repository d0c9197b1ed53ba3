package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.WireValue;

/** Whether a workarea belongs to one session or is shared (refcounted, last release tears down). */
public enum WorkareaMode implements WireValue {
    EXCLUSIVE, SHARED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
