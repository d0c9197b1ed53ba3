package dev.donmai.contracts.kit;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.list;
import static dev.donmai.contracts.provider.FieldChecks.map;
import static dev.donmai.contracts.provider.FieldChecks.textList;

import dev.donmai.contracts.agent.McpServerSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a kit adds to a session: named commands, prompt fragments, MCP servers, skills and tool permissions.
 *
 * @param commands        command name → shell command line, e.g. {@code {"test":"mvn -B test"}}
 * @param promptFragments text added to the prompt, in order
 * @param mcpServers      MCP servers to connect; names unique
 * @param skills          skills to make available
 * @param toolPermissions tool permissions to grant, in the harness's permission syntax
 */
public record KitContribution(
        Map<String, String> commands,
        List<String> promptFragments,
        List<McpServerSpec> mcpServers,
        List<String> skills,
        List<String> toolPermissions) {

    /** A contribution that adds nothing. */
    public static final KitContribution EMPTY = new KitContribution(Map.of(), List.of(), List.of(), List.of(),
            List.of());

    public KitContribution {
        commands = map(commands, "commands");
        promptFragments = list(promptFragments, "promptFragments");
        mcpServers = list(mcpServers, "mcpServers");
        Set<String> names = new HashSet<>();
        for (McpServerSpec server : mcpServers) {
            check(names.add(server.name()), "mcpServers");
        }
        skills = textList(skills, "skills");
        toolPermissions = textList(toolPermissions, "toolPermissions");
    }
}
