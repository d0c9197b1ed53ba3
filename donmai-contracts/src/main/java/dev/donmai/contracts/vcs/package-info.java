/**
 * The {@code vcs} provider family (contracts.md §3.3): clone, record, push and pull changes. A
 * {@link dev.donmai.contracts.vcs.VcsProvider} works on {@link dev.donmai.contracts.vcs.VcsWorkspace}s; pushes and
 * pulls end in sealed values ({@link dev.donmai.contracts.vcs.PushResult}, {@link dev.donmai.contracts.vcs.PullResult}),
 * never in exceptions for expected outcomes. Optional facets open and merge proposals (pull requests), drive a merge
 * queue, inspect conflicts and attest changes natively. {@link dev.donmai.contracts.vcs.Trailers} names the commit
 * trailers an attested change carries.
 *
 * <p>Imports only {@code provider}, {@code session} and {@code workarea} (boundary.md A2).
 */
package dev.donmai.contracts.vcs;
