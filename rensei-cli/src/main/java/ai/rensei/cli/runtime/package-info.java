/** How the CLI composes the runtime: the bundled providers and their brand configuration. */
package ai.rensei.cli.runtime;
