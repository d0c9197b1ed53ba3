package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.runtime.spi.harness.HarnessEnv;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.PlainTextLineParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The {@code shell} harness (sessions.md §12; disabled unless {@code enabled: true}): runs
 * {@code harnessOptions.command} (a string array, no shell) or {@code harnessOptions.script} through
 * {@code <binary> -c} ({@code /bin/sh}). Its options arrive as JSON in {@code <P>_SHELL_OPTIONS}
 * ({@link HarnessEnv#options}). The prompt is a file named by {@code <P>_PROMPT_FILE}: the engine's rendered prompt
 * when the spec's environment names one, else the adapter writes {@code .agent/prompt.md}. Output mapping:
 * {@link PlainTextLineParser}.
 */
public final class ShellHarness extends HarnessAdapter {

    /** The provider id. */
    public static final String ID = "shell";
    /** Where the prompt goes when the engine provided no prompt file. */
    static final String PROMPT_FILE = ".agent/prompt.md";

    /** Runs anything; no model of its own, so it accepts any well-known protocol and host. */
    public static final HarnessCapabilities CAPABILITIES = HarnessCapabilities.builder("Shell command")
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .drives(new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES, WireProtocol.OPENAI_RESPONSES,
                    WireProtocol.OPENAI_CHAT_COMPLETIONS)))
            .drivesHosts(new LinkedHashSet<>(List.of(ServingHost.DIRECT, ServingHost.OAUTH_CLI)))
            .build();

    ShellHarness(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope, HarnessSettings settings) {
        super(manifest, scope, settings);
    }

    @Override
    protected Invocation invocation(SpawnSpec spec, @Nullable String resumeId, ProviderHost host) throws IOException {
        String optionsVar = HarnessEnv.options(settings.envPrefix(), ID);
        Map<String, Object> options = Json.parseObject(spec.env().getOrDefault(optionsVar, "{}"))
                .orElseThrow(() -> invalid("harnessOptions"));
        List<String> argv = command(options);
        String promptVar = HarnessEnv.promptFile(settings.envPrefix());
        if (spec.env().containsKey(promptVar)) {
            return new Invocation(argv, Map.of(), null);
        }
        String file = writeAgentFile(spec, PROMPT_FILE, combinedPrompt(spec)).toString();
        return new Invocation(argv, Map.of(promptVar, file), null);
    }

    private List<String> command(Map<String, Object> options) {
        Object command = options.get("command");
        Object script = options.get("script");
        if (command != null && script != null) {
            throw invalid("harnessOptions.script");
        }
        if (script != null) {
            if (!(script instanceof String text) || text.isBlank()) {
                throw invalid("harnessOptions.script");
            }
            return List.of(settings.binary(), "-c", text);
        }
        if (command == null) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD,
                    "harnessOptions.command");
        }
        if (!(command instanceof List<?> items) || items.isEmpty()) {
            throw invalid("harnessOptions.command");
        }
        List<String> argv = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s) || s.isEmpty()) {
                throw invalid("harnessOptions.command");
            }
            argv.add(s);
        }
        return argv;
    }

    private static ProviderException.ContractViolation invalid(String field) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
    }

    @Override
    protected LineParser parser(SpawnSpec spec) {
        return new PlainTextLineParser();
    }
}
