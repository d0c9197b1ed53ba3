/**
 * The session engine behind {@link dev.donmai.runtime.api.SessionEngine} (sessions.md): admission, one
 * {@link dev.donmai.runtime.internal.session.SessionRunner} per session running steps 1–13, the stream guard,
 * redaction and sinks ({@code .agent/events.jsonl}, the event spine, the listener), watchdogs, verdict resolution
 * with the backstop commit and push, the result record, archiving of {@code .agent/} and release by outcome.
 * Private to the runtime (boundary.md A6).
 */
package dev.donmai.runtime.internal.session;
