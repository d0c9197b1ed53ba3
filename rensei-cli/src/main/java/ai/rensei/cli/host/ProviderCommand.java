package ai.rensei.cli.host;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei host provider}: the providers the daemon has registered. */
@Command(
        name = "provider",
        description = "Inspect the providers the daemon has registered.",
        subcommands = {ProviderListCommand.class, ProviderShowCommand.class})
public final class ProviderCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
