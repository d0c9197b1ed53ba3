package ai.rensei.cli.host.doctor;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.host.service.ScopeOptions;
import ai.rensei.cli.host.service.ServiceScope;
import ai.rensei.cli.output.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rensei host doctor} (host.md §6): health checks of the installed setup; needs no running daemon. */
@Command(name = "doctor", description = "Check the daemon's installation, configuration and health.")
public final class HostDoctorCommand implements Callable<Integer> {

    /** Every check of host.md §6, in table order. */
    static final List<DoctorCheck> CHECKS = List.of(
            new ServiceInstalledCheck(),
            new ServiceActiveCheck(),
            new ServiceBinaryCheck(),
            new ConfigValidCheck(),
            new StateHomeCheck(),
            new DaemonReachableCheck(),
            new PortCheck(),
            new RegistrationCheck(),
            new OrchestratorCheck(),
            new GitCheck(),
            new DiskCheck(),
            new NotBuiltCheck("audit", "audit chain not built in this version"),
            new NotBuiltCheck("memory", "memory store not configured"));

    @Mixin
    private HelpOption help;

    @Mixin
    private ScopeOptions scopeOptions = new ScopeOptions();

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;

    public HostDoctorCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ServiceScope scope = scopeOptions.resolve(env.localSystem().os());
        DoctorFacts facts = DoctorFacts.gather(env, scope);
        List<CheckResult> results = new ArrayList<>();
        for (DoctorCheck check : CHECKS) {
            results.add(check.run(facts));
        }
        DoctorReport report = new DoctorReport(facts, results);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(report.json()));
        } else {
            report.lines().forEach(out::println);
        }
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
