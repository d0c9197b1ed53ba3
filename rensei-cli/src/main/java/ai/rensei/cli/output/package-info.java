/** Human (tables) and machine ({@code --json}) rendering of command output. */
package ai.rensei.cli.output;
