/** {@code rensei host …}: commands for the daemon on this machine. */
package ai.rensei.cli.host;
