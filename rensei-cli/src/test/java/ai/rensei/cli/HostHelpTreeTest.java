package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every visible command of the tree has the help layout of host.md §1.1 and describes every row and flag. */
class HostHelpTreeTest {

    @Test
    void everyVisibleCommandHasTheHelpLayout() {
        List<List<String>> paths = new ArrayList<>();
        PrintWriter discard = new PrintWriter(new StringWriter());
        collect(new RenseiCli(CliEnvironment.of(Map.of()), discard, discard).commandLine(), new ArrayList<>(), paths);
        assertThat(paths).extracting(path -> String.join(" ", path)).contains(
                "host status", "host stats", "host logs", "host drain", "host pause", "host resume", "host stop",
                "host workarea list", "host workarea show", "host routing show", "host routing explain",
                "host session list", "host session show", "host session stop");

        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun.Result result = CliRun.run(args.toArray(String[]::new));
            String name = String.join(" ", path);
            List<String> lines = result.outLines();

            assertThat(result.exitCode()).as(name).isZero();
            assertThat(result.err()).as(name).isEmpty();
            assertThat(lines.get(0)).as(name).isEqualTo("Usage:");
            assertThat(lines.get(1)).as(name).startsWith(("  rensei " + name).stripTrailing());
            assertThat(lines.get(2)).as(name).isEmpty();
            assertThat(lines.get(3)).as(name).isNotBlank();
            int flags = lines.indexOf("Flags:");
            assertThat(flags).as(name).isGreaterThan(3);
            assertThat(lines.get(flags - 1)).as(name).isEmpty();
            assertThat(lines.subList(flags + 1, lines.size())).as("flags of %s", name)
                    .isNotEmpty()
                    .allMatch(row -> row.matches("  (-\\S, |    )--\\S+( \\S+)? {2,}\\S.*"));
            int commands = lines.indexOf("Available Commands:");
            if (commands >= 0) {
                assertThat(lines.subList(commands + 1, flags - 1)).as("commands of %s", name)
                        .isNotEmpty()
                        .allMatch(row -> row.matches("  \\S+ {2,}\\S.*"));
            }
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        if (command.getCommandSpec().usageMessage().hidden()) {
            return;
        }
        paths.add(List.copyOf(path));
        for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            collect(sub, subPath, paths);
        }
    }
}
