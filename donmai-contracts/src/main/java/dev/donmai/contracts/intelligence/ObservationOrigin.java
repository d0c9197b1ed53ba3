package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** Who wrote an observation: the agent (its {@code .agent/observations.jsonl}), the runner automatically, or an operator. */
public enum ObservationOrigin implements WireValue {
    AGENT, AUTO, OPERATOR;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
