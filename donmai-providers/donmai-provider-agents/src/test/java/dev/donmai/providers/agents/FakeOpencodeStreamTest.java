package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.kinds;
import static dev.donmai.providers.agents.HarnessRig.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.agent.McpTransport;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opencode adapter against the fake run-JSON CLI. */
class FakeOpencodeStreamTest {

    @TempDir
    Path cwd;

    private final HarnessRig rig = HarnessRig.fake("opencode");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void mapsEveryKindOfLineAndEndsAtEof() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "TOOLS").build()));
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "tool_use", "tool_result", "tool_use",
                "tool_result", "assistant_text", "result");
        AgentEvent.Init init = (AgentEvent.Init) events.get(0);
        assertThat(init.nativeSessionId()).isEqualTo("ses_6a1b2c3d4e5fXyZ0123456789");
        assertThat(init.synthesized()).as("opencode reports no start; the adapter made it").isTrue();

        AgentEvent.ToolUse bash = (AgentEvent.ToolUse) events.get(2);
        assertThat(bash.toolUseId()).isEqualTo("call_Qx81");
        assertThat(bash.toolName()).isEqualTo("bash");
        assertThat(bash.input()).containsEntry("command", "ls");
        assertThat(((AgentEvent.ToolResult) events.get(3)).content()).isEqualTo("README.md\nsrc\n");
        AgentEvent.ToolResult missing = (AgentEvent.ToolResult) events.get(5);
        assertThat(missing.isError()).isTrue();
        assertThat(missing.content()).isEqualTo("File not found: /repo/missing");

        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isTrue();
        assertThat(result.text()).isEqualTo("Done. WORK_RESULT:passed");
        assertThat(result.costUsd()).isCloseTo(0.002, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.usage()).isEqualTo(new Usage(2500, 60, 1100, 0));
    }

    @Test
    void anErrorLineMakesTheEofResultAFailure() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "FAIL").build()));
        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly("Rate limit exceeded");
    }

    @Test
    void endingOnToolCallsIsASilentExit() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "SILENT_EXIT").build()));
        assertThat(((AgentEvent.Error) events.get(events.size() - 1)).code()).isEqualTo("silent-exit");
    }

    @Test
    void thePromptIsTheLastArgument() {
        Path argv = cwd.resolve("argv.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ARGV_FILE", argv.toString());
        drain(rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).prompt("Fix it.").baseInstructions("Rules.")
                .build()));
        assertThat(lines(argv)).containsExactly("run", "--format", "json", "--model", "anthropic/claude-sonnet-4-5",
                "Rules.", "", "Fix it.");
    }

    @Test
    void aPromptOver100KibGoesToAFile() throws Exception {
        Path argv = cwd.resolve("argv.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ARGV_FILE", argv.toString());
        String big = "x".repeat(100 * 1024 + 1);
        drain(rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).prompt(big).build()));
        assertThat(lines(argv)).last().isEqualTo("Read and follow .agent/prompt.md");
        assertThat(Files.readString(cwd.resolve(".agent/prompt.md"))).isEqualTo(big);
    }

    @Test
    void mcpServersAndBaseUrlTravelAsInlineConfigWithoutSecrets() throws Exception {
        Path config = cwd.resolve("config.json");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_OPENCODE_CONFIG_FILE", config.toString());
        McpServerSpec remote = new McpServerSpec("tracker", McpTransport.HTTP, null, List.of(), Map.of(), Map.of(),
                "https://mcp.example.test/", Map.of("Authorization", Secret.of("Bearer opencode-secret")));
        EndpointBinding endpoint = new EndpointBinding("openai", "gpt-5", "http://127.0.0.1:11434/v1",
                WireProtocol.OPENAI_CHAT_COMPLETIONS, ServingHost.DIRECT, AuthMode.LOCAL, CostModel.FREE, false,
                List.of());
        drain(rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).endpoint(endpoint).mcpServers(List.of(remote))
                .build()));
        String text = Files.readString(config);
        assertThat(text).contains("\"type\":\"remote\"", "\"url\":\"https://mcp.example.test/\"",
                "{env:DONMAI_MCP_TRACKER_AUTHORIZATION}", "\"baseURL\":\"http://127.0.0.1:11434/v1\"");
        assertThat(text).doesNotContain("opencode-secret");
    }
}
