package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpLayoutTest {

    @Test
    void rootHelpFollowsTheUsageDescriptionCommandsFlagsLayout() {
        CliRun.Result result = CliRun.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("Usage:");
        assertThat(lines.get(1)).isEqualTo("  rensei [flags] <command>");
        assertThat(lines.get(2)).isEmpty();
        assertThat(lines.get(3)).isNotBlank();
        int commands = lines.indexOf("Available Commands:");
        int flags = lines.indexOf("Flags:");
        assertThat(commands).isGreaterThan(3);
        assertThat(flags).isGreaterThan(commands);
        assertThat(lines.get(flags - 1)).as("blank line before Flags:").isEmpty();
        assertThat(lines.subList(commands + 1, flags - 1))
                .hasSize(3)
                .anyMatch(line -> line.matches("  host +\\S.*"))
                .anyMatch(line -> line.matches("  agent +\\S.*"))
                .anyMatch(line -> line.matches("  completion +\\S.*"));
        assertThat(lines.subList(flags + 1, lines.size()))
                .anyMatch(line -> line.startsWith("  -h, --help "))
                .anyMatch(line -> line.contains("--version"))
                .anyMatch(line -> line.startsWith("      --org <org> "))
                .anyMatch(line -> line.startsWith("      --project <project> "));
    }

    @Test
    void hiddenDaemonAliasIsNotListed() {
        assertThat(CliRun.run("--help").outLines()).noneMatch(line -> line.startsWith("  daemon"));
        CliRun.Result aliasHelp = CliRun.run("daemon", "--help");
        assertThat(aliasHelp.exitCode()).isZero();
        assertThat(aliasHelp.out()).isEqualTo(CliRun.run("host", "--help").out());
    }

    @Test
    void noArgumentsPrintsHelpAndSucceeds() {
        CliRun.Result result = CliRun.run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(CliRun.run("--help").out());
    }

    @Test
    void groupWithoutSubcommandPrintsItsHelp() {
        CliRun.Result result = CliRun.run("host");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).startsWith("Usage:", "  rensei host [flags] <command>", "");
        assertThat(result.outLines()).contains("Available Commands:", "Flags:");
        assertThat(result.outLines()).anyMatch(line -> line.matches("  provider +\\S.*"));
    }

    @Test
    void leafHelpHasUsageDescriptionAndFlagsButNoCommands() {
        CliRun.Result result = CliRun.run("host", "provider", "show", "--help");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines).startsWith("Usage:", "  rensei host provider show <id> [flags]", "");
        assertThat(lines).doesNotContain("Available Commands:");
        int flags = lines.indexOf("Flags:");
        assertThat(lines.get(flags - 1)).isEmpty();
        assertThat(lines.subList(flags + 1, lines.size()))
                .anyMatch(line -> line.startsWith("      --json "))
                .anyMatch(line -> line.startsWith("      --host <host> "))
                .anyMatch(line -> line.startsWith("      --port <port> "));
    }

    @Test
    void hostListsTheServiceVerbsAndHidesTheSkipFlag() {
        List<String> host = CliRun.run("host", "--help").outLines();
        for (String verb : List.of("install", "uninstall", "start", "restart", "doctor", "update", "setup")) {
            assertThat(host).as(verb).anyMatch(line -> line.matches("  " + verb + " +\\S.*"));
        }
        List<String> install = CliRun.run("host", "install", "--help").outLines();
        assertThat(install).startsWith("Usage:", "  rensei host install [flags]", "");
        assertThat(install).anyMatch(line -> line.startsWith("      --project <id[=repoURL]> "))
                .anyMatch(line -> line.startsWith("      --system "))
                .noneMatch(line -> line.contains("--skip-service-manager"));
    }

    @Test
    void everyCommandRowHasADescriptionAndEveryPageEndsWithFlags() {
        List<List<String>> paths = List.of(List.of(), List.of("host"), List.of("host", "provider"));
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            List<String> lines = CliRun.run(args.toArray(String[]::new)).outLines();
            int commands = lines.indexOf("Available Commands:");
            int flags = lines.indexOf("Flags:");
            assertThat(lines.subList(commands + 1, flags - 1)).as("rows of %s", path)
                    .isNotEmpty()
                    .allMatch(row -> row.matches("  \\S+ {2,}\\S.*"));
        }
    }
}
