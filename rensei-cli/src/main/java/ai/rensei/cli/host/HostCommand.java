package ai.rensei.cli.host;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.host.doctor.HostDoctorCommand;
import ai.rensei.cli.host.service.HostInstallCommand;
import ai.rensei.cli.host.service.HostRestartCommand;
import ai.rensei.cli.host.service.HostStartCommand;
import ai.rensei.cli.host.service.HostUninstallCommand;
import ai.rensei.cli.host.service.HostUpdateCommand;
import ai.rensei.cli.host.setup.HostSetupCommand;
import ai.rensei.cli.host.run.HostRunCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei host}: everything that belongs to this machine's daemon. */
@Command(
        name = "host",
        description = "Manage the daemon on this machine and inspect what it runs.",
        subcommands = {
            HostInstallCommand.class, HostUninstallCommand.class, HostRunCommand.class, StatusCommand.class,
            StatsCommand.class, LogsCommand.class, HostDoctorCommand.class, DrainCommand.class, PauseCommand.class,
            ResumeCommand.class, HostStartCommand.class, HostRestartCommand.class, StopCommand.class,
            HostUpdateCommand.class, HostSetupCommand.class, ProviderCommand.class, WorkareaCommand.class,
            RoutingCommand.class, SessionCommand.class,
        })
public final class HostCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
