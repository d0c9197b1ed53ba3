/**
 * The local daemon as a library: {@link dev.donmai.runtime.api.daemon.LocalDaemon} binds the control API, recovers
 * state.db and supervises sessions; configuration comes in as objects ({@code config} subpackage), never from the
 * environment.
 */
package dev.donmai.runtime.api.daemon;
