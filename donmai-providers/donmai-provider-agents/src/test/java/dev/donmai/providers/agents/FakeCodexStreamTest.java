package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.info;
import static dev.donmai.providers.agents.HarnessRig.kinds;
import static dev.donmai.providers.agents.HarnessRig.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.Effort;
import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.agent.McpTransport;
import dev.donmai.contracts.agent.SandboxLevel;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.Secret;
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

/** The codex adapter against the fake exec JSONL CLI. */
class FakeCodexStreamTest {

    @TempDir
    Path cwd;

    private final HarnessRig rig = HarnessRig.fake("codex");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void mapsEveryKindOfLine() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "TOOLS").build()));
        assertThat(kinds(events)).containsExactly("init", "tool_use", "tool_result", "tool_progress", "tool_progress",
                "tool_use", "tool_result", "tool_use", "tool_result", "tool_use", "tool_result", "tool_use",
                "tool_result", "system", "system", "tool_progress", "assistant_text", "result");
        AgentEvent.Init init = (AgentEvent.Init) events.get(0);
        assertThat(init.nativeSessionId()).isEqualTo("0199a213-81c0-7800-8aa1-bbab2a035a53");

        AgentEvent.ToolUse ls = (AgentEvent.ToolUse) events.get(1);
        assertThat(ls.toolUseId()).isEqualTo("item_1");
        assertThat(ls.toolName()).isEqualTo("command_execution");
        assertThat(ls.input()).containsEntry("command", "bash -lc ls");
        AgentEvent.ToolResult lsResult = (AgentEvent.ToolResult) events.get(2);
        assertThat(lsResult.content()).isEqualTo("README.md\nsrc\n");
        assertThat(lsResult.isError()).isFalse();

        assertThat(((AgentEvent.ToolProgress) events.get(4)).message()).isEqualTo("[x] Read the code\n[ ] Fix the bug");

        AgentEvent.ToolUse change = (AgentEvent.ToolUse) events.get(5);
        assertThat(change.toolUseId()).as("synthesized from the completion alone").isEqualTo("item_3");
        assertThat(change.toolName()).isEqualTo("file_change");

        AgentEvent.ToolUse mcp = (AgentEvent.ToolUse) events.get(7);
        assertThat(mcp.toolName()).isEqualTo("docs/search");
        AgentEvent.ToolResult mcpResult = (AgentEvent.ToolResult) events.get(8);
        assertThat(mcpResult.isError()).isTrue();
        assertThat(mcpResult.content()).isEqualTo("server not reachable");

        AgentEvent.ToolResult make = (AgentEvent.ToolResult) events.get(10);
        assertThat(make.isError()).as("exit code 2").isTrue();

        assertThat(((AgentEvent.SystemNotice) events.get(13)).subtype()).isEqualTo("provider_error");
        assertThat(((AgentEvent.SystemNotice) events.get(13)).message()).isEqualTo("Reconnecting... 1/5");
        assertThat(((AgentEvent.SystemNotice) events.get(14)).message()).isEqualTo("command timed out, retrying");

        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isTrue();
        assertThat(result.text()).isEqualTo("The repository has a README and a src directory. WORK_RESULT:passed");
        assertThat(result.usage()).isEqualTo(new Usage(24763 - 24448, 122, 24448, 0));
    }

    @Test
    void turnFailedIsAFailedResultAfterAProviderErrorNotice() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "FAIL").build()));
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "system", "result");
        AgentEvent.Result result = (AgentEvent.Result) events.get(3);
        assertThat(result.success()).isFalse();
        assertThat(result.subtype()).isEqualTo("turn_failed");
        assertThat(result.errors()).singleElement().asString().startsWith("stream disconnected");
    }

    @Test
    void commandFollowsTheSpec() throws Exception {
        Path argv = cwd.resolve("argv.txt");
        Path stdin = cwd.resolve("stdin.txt");
        Map<String, String> env = new HashMap<>(rig.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
        env.put("FAKE_ARGV_FILE", argv.toString());
        env.put("FAKE_STDIN_FILE", stdin.toString());
        McpServerSpec docs = McpServerSpec.stdio("docs", "/usr/bin/docs-mcp", List.of("--root", "/a \"b\""),
                Map.of("LEVEL", "2"));
        drain(rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").env(env).prompt("Do it.").baseInstructions("System.")
                .effort(Effort.HIGH).sandboxLevel(SandboxLevel.WORKSPACE_WRITE).mcpServers(List.of(docs)).build()));
        assertThat(lines(argv)).containsExactly("exec", "--json", "--skip-git-repo-check", "--cd", cwd.toString(),
                "-m", "claude-sonnet-4-5", "-c", "model_reasoning_effort=\"high\"", "--sandbox", "workspace-write",
                "-c", "mcp_servers.docs.command=\"/usr/bin/docs-mcp\"",
                "-c", "mcp_servers.docs.args=[\"--root\",\"/a \\\"b\\\"\"]",
                "-c", "mcp_servers.docs.env={\"LEVEL\"=\"2\"}",
                "--full-auto", "-");
        assertThat(Files.readString(stdin)).isEqualTo("System.\n\nDo it.");
    }

    @Test
    void configuredArgsReplaceTheDefault() {
        try (HarnessRig custom = HarnessRig.of(new CodexHarnessFactory(),
                Map.of("binary", FakeClis.path("codex").toString(), "args", List.of("-a", "never")))) {
            Path argv = cwd.resolve("argv.txt");
            Map<String, String> env = new HashMap<>(custom.spec(cwd, "SUCCEED_WITH_TEXT").build().env());
            env.put("FAKE_ARGV_FILE", argv.toString());
            drain(custom.spawn(custom.spec(cwd, "SUCCEED_WITH_TEXT").env(env).build()));
            assertThat(lines(argv)).endsWith("-a", "never", "-").doesNotContain("--full-auto");
        }
    }

    @Test
    void anMcpServerWithSecretsIsRefusedBeforeAnyProcess() {
        McpServerSpec secret = new McpServerSpec("docs", McpTransport.STDIO, "/usr/bin/docs-mcp", List.of(),
                Map.of(), Map.of("TOKEN", Secret.of("codex-mcp-secret")), null, Map.of());
        assertThatThrownBy(() -> rig.spawn(rig.spec(cwd, "SUCCEED_WITH_TEXT").mcpServers(List.of(secret)).build()))
                .isInstanceOfSatisfying(ProviderException.Unsupported.class,
                        e -> assertThat(e.verb()).isEqualTo("spawn.mcpServers"));
        assertThat(ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("")
                .contains("fake-codex")).count()).isZero();
    }

    @Test
    void eventsAfterTheResultAreDroppedAndCounted() {
        AgentSession session = rig.spawn(rig.spec(cwd, "AFTER_TERMINAL").build());
        assertThat(kinds(drain(session))).containsExactly("init", "assistant_text", "result");
        await().atMost(Duration.ofSeconds(10)).until(() -> info(session).droppedAfterTerminal() == 3);
    }

    @Test
    void aSecondThreadStartIsADuplicateInitNotice() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "DUP_INIT").build()));
        assertThat(kinds(events)).containsExactly("init", "system", "assistant_text", "result");
        assertThat(((AgentEvent.SystemNotice) events.get(1)).subtype()).isEqualTo("duplicate_init");
    }

    @Test
    void aCliThatFailsBeforeAnyEventIsSpawnFailed() {
        List<AgentEvent> events = drain(rig.spawn(rig.spec(cwd, "SPAWN_FAIL").build()));
        AgentEvent.Error error = (AgentEvent.Error) events.get(events.size() - 1);
        assertThat(error.code()).isEqualTo("spawn-failed");
        assertThat(error.exitCode()).isEqualTo(2);
        assertThat(error.message()).contains("unexpected argument");
    }

    @Test
    void aPanicDumpIsAProtocolErrorAndKillsTheGroup() {
        AgentSession session = rig.spawn(rig.spec(cwd, "MID_STREAM_ERROR").build());
        List<AgentEvent> events = drain(session);
        assertThat(((AgentEvent.Error) events.get(events.size() - 1)).code()).isEqualTo("stream-protocol-error");
        await().atMost(Duration.ofSeconds(5)).until(() -> !info(session).group().isGroupAlive());
    }
}
