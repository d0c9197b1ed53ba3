/**
 * The daemon's durable state: {@code <home>/state.db} (SQLite, WAL, {@code synchronous=FULL}) with sessions, their
 * transitions, pool members and the outbox ({@link dev.donmai.runtime.internal.daemon.state.StateStore}), and the
 * crash recovery that reads it at start ({@link dev.donmai.runtime.internal.daemon.state.CrashRecovery},
 * sessions.md §15).
 */
package dev.donmai.runtime.internal.daemon.state;
