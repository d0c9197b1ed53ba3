package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.kinds;
import static dev.donmai.providers.agents.HarnessRig.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.session.AgentEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell harness: options, prompt file, and the plain-text mapping of sessions.md §12. */
class ShellHarnessTest {

    @TempDir
    Path cwd;

    private final HarnessRig rig = HarnessRig.of(new ShellHarnessFactory(), Map.of("enabled", true));

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aCommandArrayRunsWithoutAShell() {
        List<AgentEvent> events = drain(rig.spawn(spec(Map.of("command",
                List.of("printf", "%s\\n", "a b", "$HOME; exit 1")))));
        assertThat(only(events, AgentEvent.AssistantText.class)).extracting(AgentEvent.AssistantText::text)
                .containsExactly("a b", "$HOME; exit 1");
        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isTrue();
        assertThat(result.text()).isEqualTo("$HOME; exit 1");
    }

    @Test
    void aNonZeroExitIsAFailedExitResult() {
        List<AgentEvent> events = drain(rig.spawn(spec(Map.of("script", "echo working; exit 7"))));
        AgentEvent.Result result = (AgentEvent.Result) events.get(events.size() - 1);
        assertThat(result.success()).isFalse();
        assertThat(result.subtype()).isEqualTo("exit");
        assertThat(result.errors()).containsExactly("exit code 7");
    }

    @Test
    void thePromptIsAFileNamedByThePromptVariable() throws Exception {
        SpawnSpec spec = spec(Map.of("script", "cat \"$DONMAI_PROMPT_FILE\"")).toBuilder()
                .prompt("line one\nline two").baseInstructions("Rules.").build();
        List<AgentEvent> events = drain(rig.spawn(spec));
        assertThat(only(events, AgentEvent.AssistantText.class)).extracting(AgentEvent.AssistantText::text)
                .containsExactly("Rules.", "line one", "line two");
        assertThat(Files.readString(cwd.resolve(".agent/prompt.md"))).isEqualTo("Rules.\n\nline one\nline two");
    }

    @Test
    void anEnginePromptFileIsUsedAsItIs() throws Exception {
        Path rendered = Files.writeString(cwd.resolve("rendered.md"), "from the engine\n");
        SpawnSpec base = spec(Map.of("script", "cat \"$DONMAI_PROMPT_FILE\""));
        java.util.Map<String, String> env = new java.util.HashMap<>(base.env());
        env.put("DONMAI_PROMPT_FILE", rendered.toString());
        List<AgentEvent> events = drain(rig.spawn(base.toBuilder().env(env).build()));
        assertThat(only(events, AgentEvent.AssistantText.class)).extracting(AgentEvent.AssistantText::text)
                .containsExactly("from the engine");
        assertThat(cwd.resolve(".agent/prompt.md")).doesNotExist();
    }

    @Test
    void stderrLinesAreRateLimitedNoticesButAllLogged() throws Exception {
        String script = "i=0; while [ $i -lt 250 ]; do echo \"err $i\" >&2; i=$((i+1)); done; echo out";
        List<AgentEvent> events = drain(rig.spawn(spec(Map.of("script", script))));
        List<AgentEvent.SystemNotice> notices = only(events, AgentEvent.SystemNotice.class);
        assertThat(notices).allMatch(n -> n.subtype().equals("stderr"));
        assertThat(notices.size()).as("at most 100 a second").isBetween(100, 200);
        assertThat(Files.readAllLines(cwd.resolve(".agent/harness.stderr.log"))).hasSize(250);
        assertThat(kinds(events)).endsWith("result");
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> rig.spawn(spec(Map.of())))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD);
                    assertThat(e.field()).isEqualTo("harnessOptions.command");
                });
        assertThatThrownBy(() -> rig.spawn(spec(Map.of("command", List.of("true"), "script", "true"))))
                .hasMessageContaining("harnessOptions.script");
        assertThatThrownBy(() -> rig.spawn(spec(Map.of("command", "true"))))
                .hasMessageContaining("harnessOptions.command");
    }

    @Test
    void shellIsDisabledUnlessConfigured() {
        try (HarnessRig disabled = HarnessRig.of(new ShellHarnessFactory(), Map.of())) {
            assertThat(disabled.provider.health(Duration.ofSeconds(1))).isInstanceOf(ProviderHealth.Unhealthy.class);
            assertThatThrownBy(() -> disabled.spawn(spec(Map.of("script", "true"))))
                    .isInstanceOf(ProviderException.Unavailable.class);
        }
    }

    private SpawnSpec spec(Map<String, Object> options) {
        return SpawnSpec.builder(HarnessRig.key(), cwd, "the prompt", HarnessRig.endpoint(ShellHarness.CAPABILITIES))
                .env(Map.of("DONMAI_SHELL_OPTIONS", Json.write(options), "PATH", FakeClis.searchPath()))
                .build();
    }
}
