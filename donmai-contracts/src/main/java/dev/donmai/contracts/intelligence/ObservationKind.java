package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** What an observation records. */
public enum ObservationKind implements WireValue {
    OBSERVATION, DECISION, ENTITY, PATTERN, FAILURE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
