package ai.rensei.cli.help;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code --help} page of every command (host.md §1.1 "Help"):
 *
 * <pre>
 * Usage:
 *   rensei host [flags] &lt;command&gt;
 *
 * &lt;description&gt;
 *
 * Available Commands:
 *   provider  Inspect the providers the daemon has registered.
 *
 * Flags:
 *   -h, --help  Show help for this command.
 * </pre>
 *
 * Hidden commands and flags are left out; a command without visible subcommands has no "Available Commands:" section.
 */
public final class HelpLayout {

    private static final String USAGE = "renseiUsage";
    private static final String DESCRIPTION = "renseiDescription";
    private static final String COMMANDS = "renseiCommands";
    private static final String FLAGS = "renseiFlags";
    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private HelpLayout() {
    }

    /** Installs the layout on the command and, recursively, on all its subcommands. */
    public static void apply(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
        sections.put(USAGE, help -> usage(help.commandSpec()));
        sections.put(DESCRIPTION, help -> description(help.commandSpec()));
        sections.put(COMMANDS, help -> commands(help.commandSpec()));
        sections.put(FLAGS, help -> flags(help.commandSpec()));
        commandLine.setHelpSectionMap(sections);
        commandLine.setHelpSectionKeys(List.copyOf(sections.keySet()));
        for (CommandLine sub : distinct(commandLine.getSubcommands())) {
            apply(sub);
        }
    }

    static String usage(CommandSpec spec) {
        StringBuilder line = new StringBuilder(INDENT).append(spec.qualifiedName());
        if (hasVisibleSubcommands(spec)) {
            line.append(" [flags] <command>");
        } else {
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                if (!positional.hidden()) {
                    line.append(' ').append(positional.paramLabel());
                }
            }
            line.append(" [flags]");
        }
        return "Usage:\n" + line + "\n";
    }

    static String description(CommandSpec spec) {
        String[] lines = spec.usageMessage().description();
        return lines.length == 0 ? "" : "\n" + String.join("\n", lines) + "\n";
    }

    static String commands(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (CommandLine sub : distinct(spec.subcommands())) {
            CommandSpec subSpec = sub.getCommandSpec();
            if (!subSpec.usageMessage().hidden()) {
                rows.add(new String[] {subSpec.name(), firstLine(subSpec.usageMessage().description())});
            }
        }
        return rows.isEmpty() ? "" : "\nAvailable Commands:\n" + columns(rows);
    }

    static String flags(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                rows.add(new String[] {flagNames(option), firstLine(option.description())});
            }
        }
        return rows.isEmpty() ? "" : "\nFlags:\n" + columns(rows);
    }

    private static String flagNames(OptionSpec option) {
        List<String> names = new ArrayList<>(Arrays.asList(option.names()));
        names.sort((a, b) -> Boolean.compare(a.startsWith("--"), b.startsWith("--")));
        String joined = String.join(", ", names);
        String text = names.get(0).startsWith("--") ? "    " + joined : joined;
        return option.arity().max() > 0 ? text + " " + option.paramLabel() : text;
    }

    private static String columns(List<String[]> rows) {
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            String left = INDENT + row[0];
            text.append(row[1].isEmpty() ? left : left + " ".repeat(width - row[0].length()) + GAP + row[1]).append('\n');
        }
        return text.toString();
    }

    private static boolean hasVisibleSubcommands(CommandSpec spec) {
        return distinct(spec.subcommands()).stream().anyMatch(sub -> !sub.getCommandSpec().usageMessage().hidden());
    }

    private static List<CommandLine> distinct(Map<String, CommandLine> subcommands) {
        Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
        List<CommandLine> result = new ArrayList<>();
        for (CommandLine sub : subcommands.values()) {
            if (seen.put(sub, Boolean.TRUE) == null) {
                result.add(sub);
            }
        }
        return result;
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? "" : description[0];
    }
}
