package dev.donmai.contracts.provider;

/**
 * The capability record of one provider family, declared in the manifest before any provider code runs.
 * Each family has exactly one flat record implementing this marker, with a static {@code LABELS} map from
 * component name to a human label.
 */
public interface Capabilities {

    /** The family these capabilities describe. */
    ProviderFamily family();
}
