/** Client side of the daemon's control API: address resolution and the HTTP client with its error mapping. */
package ai.rensei.cli.daemon;
