/**
 * The runtime's public API for embedders: the {@link dev.donmai.runtime.api.ProviderRegistry}, its configuration
 * records and the Guice {@link dev.donmai.runtime.api.DonmaiModule}; the
 * {@link dev.donmai.runtime.api.SessionEngine} with its {@link dev.donmai.runtime.api.SessionEngineConfig},
 * {@link dev.donmai.runtime.api.SessionListener} and {@link dev.donmai.runtime.api.SessionResult}. Everything here is configured by objects;
 * nothing reads the environment (boundary.md A9), and no public signature names an internal type (A6).
 */
package dev.donmai.runtime.api;
