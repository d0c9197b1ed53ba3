package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rensei host stats}: GET {@code /stats}, optionally with the workarea pool and the per-machine view. */
@Command(name = "stats", description = "Show capacity, load and admission of the daemon.")
public final class StatsCommand extends DaemonQueryCommand {

    @Option(names = "--pool", description = "Include the workarea pool.")
    private boolean pool;

    @Option(names = "--by-machine", description = "Include one entry per machine.")
    private boolean byMachine;

    public StatsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String path() {
        List<String> query = new ArrayList<>();
        if (pool) {
            query.add("pool=true");
        }
        if (byMachine) {
            query.add("byMachine=true");
        }
        return query.isEmpty() ? "/stats" : "/stats?" + String.join("&", query);
    }

    @Override
    List<String> render(JsonNode body) {
        return StatsFormat.lines(body);
    }
}
