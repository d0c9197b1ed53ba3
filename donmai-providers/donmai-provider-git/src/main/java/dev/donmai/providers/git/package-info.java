/**
 * Git providers over the git CLI (sessions.md §13, contracts.md §3.2–3.3): {@link
 * dev.donmai.providers.git.GitWorkareaProvider} (id {@code git}, family {@code workarea}) keeps one bare mirror per
 * repository under {@code <stateHome>/cache/}, hands out linked worktrees under {@code <stateHome>/worktrees/} on
 * branch {@code agent/<sessionId>}, and keeps a warm pool of clean members ({@link
 * dev.donmai.providers.git.WorkareaPool}); {@link dev.donmai.providers.git.GitVcsProvider} (id {@code git}, family
 * {@code vcs}) clones, commits with attestation trailers, pushes and pulls. All git runs through
 * {@link dev.donmai.runtime.spi.git.GitExec}; the package uses only the contracts and {@code dev.donmai.runtime.spi}
 * (boundary.md A4).
 */
package dev.donmai.providers.git;
