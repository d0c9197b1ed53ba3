/**
 * The daemon side of the worker protocol (protocol.md §1–§6): registration and the 401/404 ladder, heartbeat, poll,
 * admission of polled work items, lock refresh and the durable outbox, over Apache HttpClient 5.
 */
package dev.donmai.runtime.internal.protocol;
