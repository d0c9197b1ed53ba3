package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.agent.McpTransport;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.spi.harness.StubBehaviour;
import dev.donmai.runtime.spi.harness.StubOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code secretEnv} value (and an MCP server's secret, where the harness takes MCP servers with secrets) reaches
 * the harness process's environment, but never its argv nor any file the adapter writes (MCP configs, prompt files,
 * the extracted stub script, the stderr log).
 */
class SecretEnvTest {

    private final String secret = "s3cr3t-" + UUID.randomUUID();
    private final String mcpSecret = "mcp-s3cr3t-" + UUID.randomUUID();

    @TempDir
    Path cwd;

    static Stream<Arguments> harnesses() {
        return Stream.of(
                Arguments.of("claude", (Supplier<HarnessRig>) () -> HarnessRig.fake("claude"), true),
                Arguments.of("codex", (Supplier<HarnessRig>) () -> HarnessRig.fake("codex"), false),
                Arguments.of("opencode", (Supplier<HarnessRig>) () -> HarnessRig.fake("opencode"), true),
                Arguments.of("shell", (Supplier<HarnessRig>) () -> HarnessRig.of(new ShellHarnessFactory(),
                        Map.of("enabled", true)), false),
                Arguments.of("stub", (Supplier<HarnessRig>) () -> HarnessRig.of(new StubHarnessFactory(), Map.of()),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnesses")
    void secretsReachTheEnvironmentOnly(String name, Supplier<HarnessRig> rigs, boolean mcpSecrets)
            throws IOException {
        try (HarnessRig rig = rigs.get()) {
            SpawnSpec.Builder spec = hangingSpec(name, rig)
                    .secretEnv(Map.of("DONMAI_TEST_TOKEN", Secret.of(secret)));
            if (mcpSecrets) {
                spec = spec.mcpServers(List.of(new McpServerSpec("tools", McpTransport.STDIO, "/usr/bin/tools-mcp",
                        List.of("--serve"), Map.of(), Map.of("TOOLS_TOKEN", Secret.of(mcpSecret)), null, Map.of())));
            }
            AgentSession session = rig.spawn(spec.build());
            assertThat(next(session, Duration.ofSeconds(10))).isPresent();
            long pid = session.process().orElseThrow().pid();
            // A harness whose first event the adapter synthesises can be seen before the JVM's spawn helper has
            // exec'd it; until then /proc shows the helper's own environment, so wait for the exec.
            Path environFile = Path.of("/proc/" + pid + "/environ");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(read(environFile))
                    .as("delivered in the environment").contains("DONMAI_TEST_TOKEN=" + secret));
            String cmdline = read(Path.of("/proc/" + pid + "/cmdline"));
            String environ = read(environFile);
            if (mcpSecrets) {
                assertThat(environ).contains(mcpSecret);
            }
            assertThat(cmdline).as("argv").doesNotContain(secret).doesNotContain(mcpSecret);
            assertThat(session.process().orElseThrow().info().commandLine().orElse("")).doesNotContain(secret);
            session.stop(StopMode.IMMEDIATE, Duration.ZERO);
            drain(session, Duration.ofSeconds(6));
            for (Path root : List.of(cwd, rig.host.dataDir())) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).forEach(file -> assertThat(read(file))
                            .as("file %s", file).doesNotContain(secret).doesNotContain(mcpSecret));
                }
            }
        }
    }

    private SpawnSpec.Builder hangingSpec(String name, HarnessRig rig) {
        Function<Map<String, String>, SpawnSpec.Builder> base = env -> SpawnSpec.builder(HarnessRig.key(), cwd,
                "a prompt", HarnessRig.endpoint(rig.provider.capabilities())).env(env);
        Map<String, String> env = new HashMap<>();
        env.put("PATH", FakeClis.searchPath());
        switch (name) {
            case "shell" -> env.put("DONMAI_SHELL_OPTIONS",
                    Json.write(Map.of("script", "echo started; while :; do sleep 600; done")));
            case "stub" -> env.put("DONMAI_STUB_OPTIONS", StubOptions.DEFAULTS.withBehaviour(StubBehaviour.HANG)
                    .toJson());
            default -> {
                env.put("FAKE_SCENARIO", "HANG");
                env.put("FAKE_ARGV_FILE", cwd.resolve("argv.txt").toString());
            }
        }
        return base.apply(env);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
