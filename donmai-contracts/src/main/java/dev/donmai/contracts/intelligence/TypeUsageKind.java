package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;
import java.util.Locale;

/** How a type is used at one place; wire names are snake case ({@code switch_case}), as the tool output spells them. */
public enum TypeUsageKind implements WireValue {
    IMPORT, SWITCH_CASE, MAPPING_OBJECT, EXHAUSTIVE_CHECK, TYPE_REFERENCE;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
