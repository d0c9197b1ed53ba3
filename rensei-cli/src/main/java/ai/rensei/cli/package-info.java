/**
 * The {@code rensei} command line.
 *
 * <p>This package is the platform's entry point: it is the only code in the build that may read environment
 * variables, write to the standard streams or end the JVM (boundary rule A9). Environment access goes through
 * {@link ai.rensei.cli.CliEnvironment}; the streams and the exit code stay in {@link ai.rensei.cli.RenseiMain}.
 * Sub-packages hold the daemon client ({@code daemon}), the {@code host} commands, the help layout ({@code help})
 * and plain-text / JSON rendering ({@code output}).
 */
package ai.rensei.cli;
