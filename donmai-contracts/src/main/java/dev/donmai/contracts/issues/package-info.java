/**
 * The {@code issue-tracker} provider family (contracts.md §3.6, [P]: the shape is ours): list issues and read an
 * issue's current state; optional facets normalise webhook deliveries (pure), read and add comments, and move issues
 * between statuses.
 *
 * <p>Imports only {@code provider} and {@code session} (boundary.md A2).
 */
package dev.donmai.contracts.issues;
