package ai.rensei.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for subcommands (the root gets it together with {@code --version}). */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show help for this command.")
    private boolean help;
}
