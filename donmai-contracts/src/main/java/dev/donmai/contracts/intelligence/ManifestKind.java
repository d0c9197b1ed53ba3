package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** The dependency manifest a missing dependency belongs in. */
public enum ManifestKind implements WireValue {
    NPM, MAVEN, GO, PYTHON;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
