/**
 * Where the CLI keeps and finds its configuration: the saved context {@code $XDG_CONFIG_HOME/rensei/config.json}
 * (active org and project, the projects {@code host install} recorded) and the daemon's {@code daemon.yaml} files,
 * read through the runtime's loader with this invocation's environment.
 */
package ai.rensei.cli.context;
