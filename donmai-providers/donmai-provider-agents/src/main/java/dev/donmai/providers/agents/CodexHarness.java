package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.SandboxLevel;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.runtime.spi.harness.LineParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The {@code codex} harness (OpenAI Codex CLI, sessions.md §12): {@code codex exec --json --skip-git-repo-check
 * --cd <wa> -m <model>} plus {@code -c model_reasoning_effort=…}, {@code --sandbox …}, {@code -c mcp_servers.…},
 * then the configured {@code args} (default {@code --full-auto}) and {@code -} (prompt on stdin). Codex has no
 * system-prompt option, so base instructions, initial context and prompt are sent as one text. The endpoint's base
 * URL goes to {@code OPENAI_BASE_URL}.
 */
public final class CodexHarness extends HarnessAdapter {

    /** The provider id. */
    public static final String ID = "codex";
    /** The {@code args} used when none are configured. */
    static final List<String> DEFAULT_ARGS = List.of("--full-auto");

    /** Reasoning effort and MCP (servers without secret material); OpenAI Responses through its login or the API. */
    public static final HarnessCapabilities CAPABILITIES = HarnessCapabilities.builder("Codex")
            .supportsReasoningEffort(true)
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .acceptsMcpServerSpec(true)
            .drives(new LinkedHashSet<>(List.of(WireProtocol.OPENAI_RESPONSES)))
            .drivesHosts(new LinkedHashSet<>(List.of(ServingHost.OAUTH_CLI, ServingHost.DIRECT)))
            .build();

    CodexHarness(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope, HarnessSettings settings) {
        super(manifest, scope, settings);
    }

    @Override
    protected Invocation invocation(SpawnSpec spec, @Nullable String resumeId, ProviderHost host) {
        List<String> argv = new ArrayList<>(List.of(settings.binary(), "exec", "--json", "--skip-git-repo-check",
                "--cd", spec.cwd().toString()));
        if (namesAModel(spec)) {
            argv.addAll(List.of("-m", spec.endpoint().model()));
        }
        if (spec.effort() != null) {
            argv.addAll(List.of("-c", "model_reasoning_effort=" + McpConfigs.Toml.string(spec.effort().wire())));
        }
        if (spec.sandboxLevel() != null) {
            argv.addAll(List.of("--sandbox", sandbox(spec.sandboxLevel())));
        }
        argv.addAll(McpConfigs.codex(spec.mcpServers()));
        argv.addAll(settings.args());
        argv.add("-");
        Map<String, String> env = new LinkedHashMap<>();
        if (spec.endpoint().baseUrl() != null) {
            env.put("OPENAI_BASE_URL", spec.endpoint().baseUrl());
        }
        return new Invocation(argv, env, combinedPrompt(spec).getBytes(StandardCharsets.UTF_8));
    }

    private static String sandbox(SandboxLevel level) {
        return switch (level) {
            case READ_ONLY -> "read-only";
            case WORKSPACE_WRITE -> "workspace-write";
            case FULL_ACCESS -> "danger-full-access";
        };
    }

    @Override
    protected LineParser parser(SpawnSpec spec) {
        return new CodexExecParser();
    }
}
