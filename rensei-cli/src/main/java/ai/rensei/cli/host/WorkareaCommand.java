package ai.rensei.cli.host;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei host workarea}: the daemon's active and archived workareas. */
@Command(
        name = "workarea",
        description = "Inspect the workareas of the daemon's sessions.",
        subcommands = {WorkareaListCommand.class, WorkareaShowCommand.class})
public final class WorkareaCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
