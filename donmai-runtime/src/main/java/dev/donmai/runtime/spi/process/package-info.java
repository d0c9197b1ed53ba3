/**
 * Child processes in their own process group (sessions.md §6, D16):
 * {@link dev.donmai.runtime.spi.process.ProcessLauncher} starts a command as the leader of a new group,
 * {@link dev.donmai.runtime.spi.process.GroupProcess} signals and stops the whole group, and
 * {@link dev.donmai.runtime.spi.process.StderrTail} keeps a capped stderr log and its last 2 KiB. Shared by the harness
 * adapters and by the daemon's crash recovery (sessions.md §15), which re-attaches to a recorded pid with
 * {@link dev.donmai.runtime.spi.process.GroupProcess#attach}.
 *
 * <p>Uses only the JDK and the contracts (boundary.md A6); reads no environment variable (A9).
 */
package dev.donmai.runtime.spi.process;
