package dev.donmai.contracts.provider;

import java.util.Optional;

/** Lets a provider find another active provider through its host. */
public interface ProviderLookup {

    /** The active provider of {@code family} with {@code id}, if it exists and is a {@code type}. */
    <P> Optional<P> find(ProviderFamily family, String id, Class<P> type);
}
