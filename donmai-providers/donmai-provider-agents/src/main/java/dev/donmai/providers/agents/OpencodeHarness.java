package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Nullable;
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

/**
 * The {@code opencode} harness (sessions.md §12): {@code opencode run --format json --model <provider/model>}, the
 * configured {@code args}, then the prompt as the last argument (base instructions, initial context and prompt in
 * one text). A prompt over {@value #MAX_PROMPT_ARG_BYTES} bytes is written to {@code .agent/prompt.md} and the
 * argument becomes {@value #PROMPT_FILE_ARGUMENT}. MCP servers and a base URL reach opencode as inline
 * configuration in {@code OPENCODE_CONFIG_CONTENT}, secrets as {@code {env:VAR}} references.
 */
public final class OpencodeHarness extends HarnessAdapter {

    /** The provider id. */
    public static final String ID = "opencode";
    /** The largest prompt passed as an argument (100 KiB). */
    static final int MAX_PROMPT_ARG_BYTES = 100 * 1024;
    /** Where a larger prompt goes, relative to the workarea. */
    static final String PROMPT_FILE = ".agent/prompt.md";
    /** The argument that replaces a larger prompt. */
    static final String PROMPT_FILE_ARGUMENT = "Read and follow .agent/prompt.md";
    /** opencode's variable for inline configuration. */
    static final String CONFIG_CONTENT = "OPENCODE_CONFIG_CONTENT";

    /** MCP; Anthropic Messages and the OpenAI protocols, through the providers' APIs or its own login. */
    public static final HarnessCapabilities CAPABILITIES = HarnessCapabilities.builder("opencode")
            .canSpawnNativeChildren(true)
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .acceptsMcpServerSpec(true)
            .drives(new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES, WireProtocol.OPENAI_CHAT_COMPLETIONS,
                    WireProtocol.OPENAI_RESPONSES)))
            .drivesHosts(new LinkedHashSet<>(List.of(ServingHost.DIRECT, ServingHost.OAUTH_CLI)))
            .build();

    OpencodeHarness(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope, HarnessSettings settings) {
        super(manifest, scope, settings);
    }

    @Override
    protected Invocation invocation(SpawnSpec spec, @Nullable String resumeId, ProviderHost host) throws IOException {
        List<String> argv = new ArrayList<>(List.of(settings.binary(), "run", "--format", "json"));
        if (namesAModel(spec)) {
            argv.addAll(List.of("--model", model(spec)));
        }
        argv.addAll(settings.args());
        String prompt = combinedPrompt(spec);
        if (prompt.getBytes(StandardCharsets.UTF_8).length > MAX_PROMPT_ARG_BYTES) {
            writeAgentFile(spec, PROMPT_FILE, prompt);
            prompt = PROMPT_FILE_ARGUMENT;
        } else if (prompt.startsWith("-")) {
            argv.add("--"); // a prompt that looks like an option must stay the message
        }
        argv.add(prompt);
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> config = new LinkedHashMap<>();
        if (!spec.mcpServers().isEmpty()) {
            config.put("mcp", McpConfigs.opencode(spec.mcpServers(), settings.envPrefix(), env));
        }
        if (spec.endpoint().baseUrl() != null) {
            config.put("provider", Map.of(spec.endpoint().company(),
                    Map.of("options", Map.of("baseURL", spec.endpoint().baseUrl()))));
        }
        if (!config.isEmpty()) {
            env.put(CONFIG_CONTENT, Json.write(config));
        }
        return new Invocation(argv, env, null);
    }

    /** {@code provider/model}: the endpoint's model when it names a provider, else {@code <company>/<model>}. */
    static String model(SpawnSpec spec) {
        String model = spec.endpoint().model();
        return model.contains("/") ? model : spec.endpoint().company() + "/" + model;
    }

    @Override
    protected LineParser parser(SpawnSpec spec) {
        return new OpencodeRunParser();
    }
}
