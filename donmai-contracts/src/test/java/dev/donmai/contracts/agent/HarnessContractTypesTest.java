package dev.donmai.contracts.agent;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static dev.donmai.contracts.ContractAssertions.assertWireRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.SessionKey;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HarnessContractTypesTest {

    private static final Path CWD = Path.of("/tmp/wt/s-1").toAbsolutePath();
    private static final EndpointBinding ENDPOINT = new EndpointBinding("anthropic", "claude-sonnet", null,
            WireProtocol.ANTHROPIC_MESSAGES, ServingHost.OAUTH_CLI, AuthMode.HOST_SESSION, CostModel.SUBSCRIPTION,
            true, List.of());

    private static SpawnSpec.Builder spec() {
        return SpawnSpec.builder(SessionKey.local("s-1"), CWD, "do the thing", ENDPOINT);
    }

    private static HarnessCapabilities.Builder caps() {
        return HarnessCapabilities.builder("Stub").drives(Set.of(WireProtocol.ANTHROPIC_MESSAGES))
                .drivesHosts(Set.of(ServingHost.OAUTH_CLI));
    }

    @Test
    void agentEnumsRoundTrip() {
        assertWireRoundTrip(StopMode.class, StopMode::fromWire);
        assertWireRoundTrip(McpTransport.class, McpTransport::fromWire);
        assertWireRoundTrip(SandboxLevel.class, SandboxLevel::fromWire);
        assertWireRoundTrip(Effort.class, Effort::fromWire);
        assertWireRoundTrip(StreamingTransport.class, StreamingTransport::fromWire);
        assertThat(SandboxLevel.values()).extracting(SandboxLevel::wire)
                .containsExactly("read-only", "workspace-write", "full-access");
        assertThat(Effort.values()).extracting(Effort::wire).containsExactly("low", "medium", "high", "xhigh");
        assertThat(StreamingTransport.values()).extracting(StreamingTransport::wire)
                .containsExactly("sse", "ndjson", "websocket", "none");
        assertThat(McpTransport.values()).extracting(McpTransport::wire).containsExactly("stdio", "http");
        assertThat(StopMode.values()).extracting(StopMode::wire).containsExactly("graceful", "immediate");
    }

    @Test
    void minimalSpecIsAutonomousWithEmptyCollections() {
        SpawnSpec built = spec().build();
        assertThat(built.autonomous()).isTrue();
        assertThat(built.env()).isEmpty();
        assertThat(built.secretEnv()).isEmpty();
        assertThat(built.mcpServers()).isEmpty();
        assertThat(built.toBuilder().build()).isEqualTo(built);
    }

    @Test
    void specValidation() {
        assertViolation(() -> spec().cwd(Path.of("relative")).build(), ViolationCode.INVALID_VALUE, "cwd");
        assertViolation(() -> spec().cwd(null).build(), ViolationCode.MISSING_REQUIRED_FIELD, "cwd");
        assertViolation(() -> spec().prompt(null).build(), ViolationCode.MISSING_REQUIRED_FIELD, "prompt");
        assertViolation(() -> spec().endpoint(null).build(), ViolationCode.MISSING_REQUIRED_FIELD, "endpoint");
        assertViolation(() -> spec().env(Map.of("A", "1")).secretEnv(Map.of("A", Secret.of("x"))).build(),
                ViolationCode.INVALID_VALUE, "secretEnv");
        assertViolation(() -> spec().env(Map.of("1A", "1")).build(), ViolationCode.INVALID_VALUE, "env");
        assertViolation(() -> spec().allowedTools(List.of("Bash")).disallowedTools(List.of("Bash")).build(),
                ViolationCode.INVALID_VALUE, "disallowedTools");
        assertViolation(() -> spec().maxTurns(0).build(), ViolationCode.INVALID_VALUE, "maxTurns");
        assertViolation(() -> spec().toolCallBound(Duration.ZERO).build(), ViolationCode.INVALID_VALUE,
                "toolCallBound");
        McpServerSpec one = McpServerSpec.stdio("code", "donmai-mcp", List.of(), Map.of());
        assertViolation(() -> spec().mcpServers(List.of(one, one)).build(), ViolationCode.INVALID_VALUE,
                "mcpServers");
    }

    @Test
    void specCopiesItsCollectionsAndNeverPrintsSecrets() {
        Map<String, Secret> secrets = new HashMap<>(Map.of("ANTHROPIC_API_KEY", Secret.of("sk-live-123")));
        SpawnSpec built = spec().secretEnv(secrets).build();
        secrets.clear();
        assertThat(built.secretEnv()).containsKey("ANTHROPIC_API_KEY");
        assertThat(built.toString()).doesNotContain("sk-live-123");
        assertThatThrownBy(() -> built.secretEnv().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mcpServerShapesDependOnTransport() {
        McpServerSpec stdio = new McpServerSpec("code", McpTransport.STDIO, "node", List.of("server.js"),
                Map.of("LOG", "1"), Map.of("API_KEY", Secret.of("k")), null, null);
        assertThat(stdio.headers()).isEmpty();
        McpServerSpec http = McpServerSpec.http("remote", "https://mcp.example.com/sse",
                Map.of("Authorization", Secret.of("Bearer t")));
        assertThat(http.toString()).doesNotContain("Bearer t");
        assertViolation(() -> new McpServerSpec("code", McpTransport.STDIO, null, null, null, null, null, null),
                ViolationCode.MISSING_REQUIRED_FIELD, "command");
        assertViolation(() -> new McpServerSpec("code", McpTransport.STDIO, "node", null, null, null,
                "https://x.example", null), ViolationCode.INVALID_VALUE, "url");
        assertViolation(() -> new McpServerSpec("r", McpTransport.HTTP, null, null, null, null, null, null),
                ViolationCode.MISSING_REQUIRED_FIELD, "url");
        assertViolation(() -> new McpServerSpec("r", McpTransport.HTTP, "node", null, null, null,
                "https://x.example", null), ViolationCode.INVALID_VALUE, "command");
        assertViolation(() -> McpServerSpec.http("r", "not a url", Map.of()), ViolationCode.INVALID_VALUE, "url");
        assertViolation(() -> McpServerSpec.http("r", "https://u:p@x.example/", Map.of()),
                ViolationCode.INVALID_VALUE, "url");
        assertViolation(() -> McpServerSpec.stdio("bad name", "node", List.of(), Map.of()),
                ViolationCode.INVALID_VALUE, "name");
        assertViolation(() -> new McpServerSpec("code", null, "node", null, null, null, null, null),
                ViolationCode.MISSING_REQUIRED_FIELD, "transport");
    }

    @Test
    void unhonouredFieldsFollowTheFlags() {
        HarnessCapabilities none = caps().build();
        SpawnSpec rich = spec().effort(Effort.HIGH).allowedTools(List.of("Read")).disallowedTools(List.of("Bash"))
                .mcpServers(List.of(McpServerSpec.stdio("code", "node", List.of(), Map.of())))
                .permissionConfig("{}").build();
        assertThat(none.unhonoured(rich)).containsExactly("allowedTools", "disallowedTools", "mcpServers", "effort",
                "permissionConfig");
        ProviderException.Unsupported unsupported = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> none.requireHonoured(rich), ProviderException.Unsupported.class);
        assertThat(unsupported.verb()).isEqualTo("spawn.allowedTools");

        HarnessCapabilities all = caps().supportsReasoningEffort(true).acceptsAllowedToolsList(true)
                .acceptsMcpServerSpec(true).toolPermissionFormat("claude-settings").build();
        assertThat(all.unhonoured(rich)).isEmpty();
        assertThat(all.requireHonoured(rich)).isSameAs(rich);
        assertThat(none.unhonoured(spec().build())).isEmpty();
    }

    @Test
    void anEndpointTheHarnessCannotDriveIsUnhonoured() {
        HarnessCapabilities openAiOnly = caps().drives(Set.of(WireProtocol.OPENAI_RESPONSES)).build();
        assertThat(openAiOnly.unhonoured(spec().build())).containsExactly("endpoint");
        HarnessCapabilities otherHost = caps().drivesHosts(Set.of(ServingHost.VERTEX)).build();
        assertThat(otherHost.unhonoured(spec().build())).containsExactly("endpoint");
    }

    @Test
    void capabilitiesValidateAndLabelEveryComponent() {
        HarnessCapabilities built = caps().build();
        assertThat(built.family()).isSameAs(ProviderFamily.AGENT_RUNTIME);
        assertThat(built.family().wire()).isEqualTo("agent-runtime");
        assertThat(built.toolPermissionFormat()).isEqualTo(HarnessCapabilities.NO_PERMISSION_FORMAT);
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertViolation(() -> HarnessCapabilities.builder(" ").build(), ViolationCode.INVALID_VALUE, "humanLabel");
        assertViolation(() -> caps().streamingTransport(null).build(), ViolationCode.MISSING_REQUIRED_FIELD,
                "streamingTransport");
        assertThat(HarnessCapabilities.LABELS.keySet()).containsExactlyElementsOf(
                Arrays.stream(HarnessCapabilities.class.getRecordComponents()).map(RecordComponent::getName)
                        .toList());
    }

    @Test
    void facetsDefaultToAbsent() {
        AgentSession session = new AgentSession() {
            @Override public SessionKey key() { return SessionKey.local("s-1"); }
            @Override public java.util.Optional<String> nativeSessionId() { return java.util.Optional.empty(); }
            @Override public java.util.Optional<ProcessHandle> process() { return java.util.Optional.empty(); }
            @Override public dev.donmai.contracts.provider.PullStream<dev.donmai.contracts.session.AgentEvent> events() {
                return null;
            }
            @Override public void stop(StopMode mode, Duration grace) { }
            @Override public void close() { }
        };
        assertThat(session.injector()).isEmpty();
    }
}
