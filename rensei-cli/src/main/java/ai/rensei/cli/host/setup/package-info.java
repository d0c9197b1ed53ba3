/** {@code rensei host setup}: the interactive first-run wizard that writes daemon.yaml. */
package ai.rensei.cli.host.setup;
