/**
 * The {@code sandbox} provider family (contracts.md §3.1): where a worker runs. A
 * {@link dev.donmai.contracts.sandbox.SandboxProvider} provisions a sandbox for a
 * {@link dev.donmai.contracts.sandbox.SandboxSpec}, reports its {@link dev.donmai.contracts.sandbox.SandboxStatus}
 * and terminates it; optional facets pause and resume, probe capacity and stream logs.
 *
 * <p>Imports only {@code provider}, {@code session} and {@code workarea} (boundary.md A2).
 */
package dev.donmai.contracts.sandbox;
