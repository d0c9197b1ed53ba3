/**
 * The one git port of the runtime and the git providers (sessions.md §13: "all git goes through one {@code GitExec}
 * port, git CLI, never JGit"): {@link dev.donmai.runtime.spi.git.GitExec} runs the git binary,
 * {@link dev.donmai.runtime.spi.git.CliGitExec} is its process-based implementation, and
 * {@link dev.donmai.runtime.spi.git.GitCredentials} turns a token into URL-scoped {@code http.<url>.extraHeader}
 * configuration that travels only through the child's environment (never argv, never disk, never a URL).
 */
package dev.donmai.runtime.spi.git;
