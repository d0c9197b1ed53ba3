/** {@code rensei completion}: shell completion scripts generated from the command tree. */
package ai.rensei.cli.completion;
