/**
 * The {@code workarea} provider family (contracts.md §3.2): the directory a harness runs in, usually a git worktree
 * (sessions.md §13). A {@link dev.donmai.contracts.workarea.WorkareaProvider} acquires a
 * {@link dev.donmai.contracts.workarea.Workarea} for a {@link dev.donmai.contracts.workarea.WorkareaSpec} and
 * releases it in one of four {@link dev.donmai.contracts.workarea.ReleaseMode}s; optional facets resume paused
 * workareas and take opaque snapshots.
 *
 * <p>Imports only {@code provider} and {@code session} (boundary.md A2).
 */
package dev.donmai.contracts.workarea;
