package dev.donmai.contracts.registry;

import dev.donmai.contracts.provider.WireValue;

/** Where agent definitions come from. */
public enum AgentSource implements WireValue {
    LOCAL_YAML, GIT_REF, LANGCHAIN, OPENAI_ASSISTANT, A2A;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
