/**
 * Logging of the CLI and the daemon: the daemon's NDJSON log with rotation (host.md §1.4), the quiet stderr logging
 * of ordinary commands, and the secret redaction both apply to every line.
 */
package ai.rensei.cli.logging;
