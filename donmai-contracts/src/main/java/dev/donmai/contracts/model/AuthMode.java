package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.WireValue;
import java.util.List;

/**
 * How a harness authenticates to a model. The declaration order is the default ladder used when nothing else
 * decides.
 */
public enum AuthMode implements WireValue {
    BYOK, METERED, SHARED, HOST_SESSION, LOCAL;

    /** The default ladder, in order of preference. */
    public static final List<AuthMode> LADDER = List.of(values());

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
