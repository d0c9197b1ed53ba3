/**
 * The daemon's durable state: {@code <home>/state.db} (SQLite, WAL) with sessions, their transitions, pool members
 * and the outbox, and the crash recovery that reads it at start (sessions.md §15).
 */
package dev.donmai.runtime.internal.daemon.state;
