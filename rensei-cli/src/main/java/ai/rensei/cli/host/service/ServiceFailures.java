package ai.rensei.cli.host.service;

import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import java.util.List;

/** How a service-manager failure reaches the user: exit 1 with the line host.md §1.2 prescribes. */
final class ServiceFailures {

    private ServiceFailures() {
    }

    static CliException toCli(ServiceManagerException e) {
        if (e.kind() == ServiceManagerException.Kind.UNAVAILABLE) {
            return new CliException(ExitCodes.FAILURE, List.of(ServiceManagerException.unavailableLine(e.detail())));
        }
        return CliException.failure(e.detail());
    }
}
