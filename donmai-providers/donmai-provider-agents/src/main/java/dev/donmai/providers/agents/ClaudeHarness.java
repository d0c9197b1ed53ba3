package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.SessionResumer;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.runtime.spi.harness.LineParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code claude} harness (Claude Code, sessions.md §12): {@code claude -p --output-format stream-json --verbose
 * --dangerously-skip-permissions --add-dir <wa>} plus {@code --model}, {@code --max-turns},
 * {@code --append-system-prompt}, {@code --mcp-config <wa>/.agent/mcp.json --strict-mcp-config},
 * {@code --allowedTools}/{@code --disallowedTools}, {@code --resume <id>} when resuming, then the configured
 * {@code args}; the prompt (initial context first) on stdin. The endpoint's host selects Bedrock or Vertex
 * ({@code CLAUDE_CODE_USE_BEDROCK}/{@code CLAUDE_CODE_USE_VERTEX}) and its base URL goes to
 * {@code ANTHROPIC_BASE_URL}; credentials are the broker's, in the spec's environment.
 */
public final class ClaudeHarness extends HarnessAdapter {

    /** The provider id. */
    public static final String ID = "claude";
    /** The MCP configuration file, relative to the workarea (intelligence.md §7). */
    static final String MCP_CONFIG = ".agent/mcp.json";

    /**
     * Resume, sub-agent events, MCP, tool lists; Anthropic Messages through its own login, the API, Bedrock or
     * Vertex.
     */
    public static final HarnessCapabilities CAPABILITIES = HarnessCapabilities.builder("Claude Code")
            .supportsSessionResume(true)
            .supportsToolPlugins(true)
            .supportsCodeIntelligenceEnforcement(true)
            .emitsSubagentEvents(true)
            .canSpawnNativeChildren(true)
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .acceptsMcpServerSpec(true)
            .acceptsAllowedToolsList(true)
            .drives(new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES)))
            .drivesHosts(new LinkedHashSet<>(List.of(ServingHost.OAUTH_CLI, ServingHost.DIRECT, ServingHost.BEDROCK,
                    ServingHost.VERTEX)))
            .build();

    ClaudeHarness(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope, HarnessSettings settings) {
        super(manifest, scope, settings);
    }

    @Override
    public Optional<SessionResumer> resumer() {
        return Optional.of((spec, nativeSessionId, timeout) -> {
            if (nativeSessionId == null || nativeSessionId.isBlank()) {
                throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD,
                        "nativeSessionId");
            }
            return launch(spec, nativeSessionId, "resume");
        });
    }

    @Override
    protected Invocation invocation(SpawnSpec spec, @Nullable String resumeId, ProviderHost host) throws IOException {
        List<String> argv = new ArrayList<>(List.of(settings.binary(), "-p", "--output-format", "stream-json",
                "--verbose", "--dangerously-skip-permissions", "--add-dir", spec.cwd().toString()));
        if (namesAModel(spec)) {
            argv.addAll(List.of("--model", spec.endpoint().model()));
        }
        Map<String, String> env = new LinkedHashMap<>();
        if (spec.maxTurns() != null) {
            argv.addAll(List.of("--max-turns", spec.maxTurns().toString()));
        }
        if (spec.baseInstructions() != null && !spec.baseInstructions().isBlank()) {
            argv.addAll(List.of("--append-system-prompt", spec.baseInstructions()));
        }
        if (!spec.mcpServers().isEmpty()) {
            McpConfigs.Rendered mcp = McpConfigs.claude(spec.mcpServers(), settings.envPrefix());
            argv.addAll(List.of("--mcp-config", writeAgentFile(spec, MCP_CONFIG, mcp.text()).toString(),
                    "--strict-mcp-config"));
            env.putAll(mcp.env());
        }
        if (!spec.allowedTools().isEmpty()) {
            argv.addAll(List.of("--allowedTools", String.join(",", spec.allowedTools())));
        }
        if (!spec.disallowedTools().isEmpty()) {
            argv.addAll(List.of("--disallowedTools", String.join(",", spec.disallowedTools())));
        }
        if (resumeId != null) {
            argv.addAll(List.of("--resume", resumeId));
        }
        argv.addAll(settings.args());
        ServingHost servingHost = spec.endpoint().host();
        if (ServingHost.BEDROCK.equals(servingHost)) {
            env.put("CLAUDE_CODE_USE_BEDROCK", "1");
        } else if (ServingHost.VERTEX.equals(servingHost)) {
            env.put("CLAUDE_CODE_USE_VERTEX", "1");
        }
        if (spec.endpoint().baseUrl() != null) {
            env.put("ANTHROPIC_BASE_URL", spec.endpoint().baseUrl());
        }
        return new Invocation(argv, env, taskPrompt(spec).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected LineParser parser(SpawnSpec spec) {
        return new ClaudeStreamParser();
    }
}
