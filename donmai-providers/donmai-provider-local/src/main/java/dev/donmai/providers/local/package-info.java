/**
 * The {@code local} sandbox provider (contracts.md §3.1): the host machine itself is the sandbox. Provisioning
 * gives each session a private directory under the provider's data directory (or a configured root), the worker
 * dials out to the local daemon, and terminating removes the directory.
 *
 * <p>Uses only {@code dev.donmai.contracts..} (boundary.md A4, A5); reads no environment variable (A9).
 */
package dev.donmai.providers.local;
