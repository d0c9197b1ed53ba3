package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.info;
import static dev.donmai.providers.agents.HarnessRig.kinds;
import static dev.donmai.providers.agents.HarnessRig.lines;
import static dev.donmai.providers.agents.HarnessRig.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claude adapter against the fake stream-json CLI: the mapping table of sessions.md §12 and the stream rules. */
class FakeClaudeStreamTest {

    @TempDir
    Path cwd;

    private final HarnessRig rig = HarnessRig.fake("claude");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void mapsEveryKindOfLine() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "TOOLS").build()));
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "tool_use", "tool_result", "system",
                "system", "llm_call", "tool_use", "tool_result", "llm_call", "assistant_text", "assistant_text",
                "llm_call", "assistant_text", "llm_call", "result");

        AgentEvent.Init init = (AgentEvent.Init) events.get(0);
        assertThat(init.nativeSessionId()).isEqualTo("5f2c8a9e-3b1d-4c7a-9e0f-1a2b3c4d5e6f");
        assertThat(init.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(init.tools()).contains("Bash", "Task");
        assertThat(init.cwd()).isEqualTo(cwd.toString());
        assertThat(init.synthesized()).isFalse();

        AgentEvent.ToolUse bash = (AgentEvent.ToolUse) events.get(2);
        assertThat(bash.toolUseId()).isEqualTo("toolu_01Abc");
        assertThat(bash.toolName()).isEqualTo("Bash");
        assertThat(bash.toolCategory()).isEqualTo("shell");
        assertThat(bash.input()).containsEntry("command", "ls");
        AgentEvent.ToolResult bashResult = (AgentEvent.ToolResult) events.get(3);
        assertThat(bashResult.toolName()).isEqualTo("Bash");
        assertThat(bashResult.content()).isEqualTo("README.md\nsrc");
        assertThat(bashResult.isError()).isFalse();

        assertThat(((AgentEvent.SystemNotice) events.get(4)).subtype()).isEqualTo("rate_limit");
        assertThat(((AgentEvent.SystemNotice) events.get(5)).subtype()).isEqualTo("compact_boundary");

        AgentEvent.ToolUse read = (AgentEvent.ToolUse) events.get(7);
        assertThat(read.parentToolUseId()).isEqualTo("toolu_01Task");
        AgentEvent.ToolResult readResult = (AgentEvent.ToolResult) events.get(8);
        assertThat(readResult.content()).isEqualTo("line one\nline two");
        assertThat(readResult.isError()).isTrue();
        assertThat(readResult.parentToolUseId()).isEqualTo("toolu_01Task");

        List<AgentEvent.AssistantText> texts = only(events, AgentEvent.AssistantText.class);
        assertThat(texts).extracting(AgentEvent.AssistantText::messageId)
                .containsExactly("msg_01HkXq", "msg_01Two", "msg_01Two#2", "msg_01Fin");

        List<AgentEvent.LlmCall> calls = only(events, AgentEvent.LlmCall.class);
        assertThat(calls).extracting(AgentEvent.LlmCall::outputTokens).containsExactly(87L, 20L, 9L, 26L);
        assertThat(calls.get(0).cachedInputTokens()).isEqualTo(11264);

        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isTrue();
        assertThat(result.subtype()).isEqualTo("success");
        assertThat(result.text()).endsWith("WORK_RESULT:passed");
        assertThat(result.costUsd()).isEqualTo(0.0421375);
        assertThat(result.usage()).isEqualTo(new Usage(12, 148, 33792, 1520));
        assertThat(result.numTurns()).isEqualTo(3);
        assertThat(result.durationMs()).isEqualTo(5321);
    }

    @Test
    void commandAndPromptFollowTheSpec() {
        Path argv = cwd.resolve("argv.txt");
        Path stdin = cwd.resolve("stdin.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ARGV_FILE", argv.toString());
        env.put("FAKE_STDIN_FILE", stdin.toString());
        AgentSession session = rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).prompt("Fix the bug.")
                .initialContext("Context first.").baseInstructions("Be brief.").maxTurns(7)
                .allowedTools(List.of("Read", "Bash")).disallowedTools(List.of("WebFetch")).build());
        drain(session);
        assertThat(lines(argv)).containsExactly("-p", "--output-format", "stream-json", "--verbose",
                "--dangerously-skip-permissions", "--add-dir", cwd.toString(), "--model", "claude-sonnet-4-5",
                "--max-turns", "7", "--append-system-prompt", "Be brief.", "--allowedTools", "Read,Bash",
                "--disallowedTools", "WebFetch");
        assertThat(lines(stdin)).containsExactly("Context first.", "", "Fix the bug.");
    }

    @Test
    void mcpServersGoToAConfigFileWithoutTheirSecrets() throws Exception {
        Path argv = cwd.resolve("argv.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ARGV_FILE", argv.toString());
        McpServerSpec server = new McpServerSpec("code-intel", dev.donmai.contracts.agent.McpTransport.STDIO,
                "/opt/donmai/bin/donmai", List.of("mcp", "code-intel"), Map.of("LOG", "info"),
                Map.of("API_TOKEN", dev.donmai.contracts.provider.Secret.of("mcp-secret-value")), null, Map.of());
        drain(rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).mcpServers(List.of(server)).build()));
        Path config = cwd.resolve(".agent/mcp.json");
        assertThat(lines(argv)).containsSequence("--mcp-config", config.toString(), "--strict-mcp-config");
        String text = Files.readString(config);
        assertThat(text).contains("\"command\":\"/opt/donmai/bin/donmai\"", "\"LOG\":\"info\"",
                "\"API_TOKEN\":\"${DONMAI_MCP_CODE_INTEL_API_TOKEN}\"");
        assertThat(text).doesNotContain("mcp-secret-value");
    }

    @Test
    void resumePassesTheNativeSessionId() {
        Path argv = cwd.resolve("argv.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ARGV_FILE", argv.toString());
        AgentSession session = rig.provider.resumer().orElseThrow()
                .resume(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).build(), "sess-42", Duration.ofSeconds(5));
        try (session) {
            drain(session);
        }
        assertThat(lines(argv)).containsSequence("--resume", "sess-42");
    }

    @Test
    void bedrockAndBaseUrlReachTheEnvironment() {
        Path envFile = cwd.resolve("env.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ENV_FILE", envFile.toString());
        env.put("FAKE_ENV_NAMES", "CLAUDE_CODE_USE_BEDROCK ANTHROPIC_BASE_URL CLAUDE_CODE_USE_VERTEX");
        var endpoint = new dev.donmai.contracts.model.EndpointBinding("anthropic", "m", "https://gw.example.test/v1",
                dev.donmai.contracts.model.WireProtocol.ANTHROPIC_MESSAGES, ServingHost.BEDROCK,
                dev.donmai.contracts.model.AuthMode.BYOK, dev.donmai.contracts.model.CostModel.PER_TOKEN, false,
                List.of());
        drain(rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).endpoint(endpoint).build()));
        assertThat(lines(envFile)).containsExactly("CLAUDE_CODE_USE_BEDROCK=set", "ANTHROPIC_BASE_URL=set");
    }

    @Test
    void aFailedResultIsNotASuccess() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "FAIL").build()));
        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isFalse();
        assertThat(result.subtype()).isEqualTo("error_during_execution");
        assertThat(result.errors()).containsExactly("Tool execution failed");
    }

    @Test
    void eventsAfterTheResultAreDroppedAndCounted() {
        AgentSession session = rig.spawn(rig.spec(cwd, "AFTER_TERMINAL").build());
        List<AgentEvent> events = drain(session);
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "llm_call", "result");
        // two texts, the LlmCall that completes the first of them, and the unparseable line
        await().atMost(Duration.ofSeconds(10)).until(() -> info(session).droppedAfterTerminal() == 4);
        assertThat(session.events().next(Duration.ofMillis(10))).isEmpty();
    }

    @Test
    void aSecondInitIsADuplicateInitNotice() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "DUP_INIT").build()));
        assertThat(kinds(events)).startsWith("init", "system");
        assertThat(((AgentEvent.SystemNotice) events.get(1)).subtype()).isEqualTo("duplicate_init");
    }

    @Test
    void silentExitIsAnErrorWithTheExitCode() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "SILENT_EXIT").build()));
        AgentEvent.Error error = (AgentEvent.Error) events.get(events.size() - 1);
        assertThat(error.code()).isEqualTo("silent-exit");
        assertThat(error.exitCode()).isZero();
    }

    @Test
    void aCliThatFailsBeforeAnyEventIsSpawnFailedWithItsStderr() throws Exception {
        AgentSession session = rig.spawn(rig.spec(cwd, "SPAWN_FAIL").build());
        List<AgentEvent> events = drain(session);
        assertThat(kinds(events)).containsExactly("init", "error");
        AgentEvent.Error error = (AgentEvent.Error) events.get(1);
        assertThat(error.code()).isEqualTo("spawn-failed");
        assertThat(error.exitCode()).isEqualTo(1);
        assertThat(error.message()).contains("unknown option '--bogus'");
        assertThat(Files.readString(cwd.resolve(".agent/harness.stderr.log"))).contains("unknown option");
        assertThat(info(session).stderrTail()).contains("--bogus");
    }

    @Test
    void aFloodOfMalformedLinesIsAProtocolErrorAndKillsTheGroup() {
        AgentSession session = rig.spawn(rig.spec(cwd, "MID_STREAM_ERROR").build());
        List<AgentEvent> events = drain(session);
        AgentEvent.Error error = (AgentEvent.Error) events.get(events.size() - 1);
        assertThat(error.code()).isEqualTo("stream-protocol-error");
        List<AgentEvent.SystemNotice> unparsed = only(events, AgentEvent.SystemNotice.class);
        assertThat(unparsed).hasSize(99).allMatch(n -> n.subtype().equals("unparsed"));
        assertThat(unparsed.get(0).data()).startsWith("file:///usr/lib/node_modules");
        await().atMost(Duration.ofSeconds(5)).until(() -> !info(session).group().isGroupAlive());
    }
}
