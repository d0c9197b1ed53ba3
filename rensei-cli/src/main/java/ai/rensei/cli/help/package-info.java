/** The layout of every {@code --help} page. */
package ai.rensei.cli.help;
