package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** What texts are embedded for; some models embed queries and documents differently. */
public enum EmbedPurpose implements WireValue {
    QUERY, DOCUMENT;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
