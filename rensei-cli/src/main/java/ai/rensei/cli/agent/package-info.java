/** {@code rensei agent}: run a coding agent once, in process, without a daemon. */
package ai.rensei.cli.agent;
