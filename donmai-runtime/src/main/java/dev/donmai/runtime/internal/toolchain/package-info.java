/**
 * Toolchain probes and demands (sessions.md §14): what {@code java}, {@code node}, {@code python} and {@code go} this
 * machine has, the demand grammar, and the toolchain key. Private to the runtime (boundary.md A6).
 */
package dev.donmai.runtime.internal.toolchain;
