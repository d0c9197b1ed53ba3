package dev.donmai.contracts.agent;

import static dev.donmai.contracts.agent.AgentChecks.check;
import static dev.donmai.contracts.agent.AgentChecks.envMap;
import static dev.donmai.contracts.agent.AgentChecks.list;
import static dev.donmai.contracts.agent.AgentChecks.require;
import static dev.donmai.contracts.agent.AgentChecks.textList;

import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.SessionKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a harness needs to start one agent process for a session (contracts.md §3.4). Optional fields a
 * harness's capabilities cannot honour make {@code spawn} throw {@code Unsupported} before any process starts
 * ({@link HarnessCapabilities#unhonoured(SpawnSpec)}).
 *
 * <p>Checked here: {@code cwd} is absolute; {@code env} and {@code secretEnv} have valid, disjoint names;
 * {@code allowedTools} and {@code disallowedTools} are disjoint; MCP server names are unique; {@code maxTurns} ≥ 1;
 * {@code toolCallBound} is positive.
 *
 * @param key              the session
 * @param cwd              the working directory (the workarea path)
 * @param prompt           the task prompt
 * @param baseInstructions the system prompt, for harnesses that take one
 * @param initialContext   extra context placed before the prompt
 * @param env              plain environment, already composed (sessions.md §4)
 * @param secretEnv        secret environment (e.g. filled credential variables)
 * @param autonomous       true when no human answers the agent's questions or permission prompts
 * @param sandboxLevel     the harness-side sandbox, when the harness has one
 * @param allowedTools     tools the agent may use (empty = the harness default)
 * @param disallowedTools  tools the agent may not use
 * @param mcpServers       MCP servers to connect
 * @param maxTurns         the most agent turns
 * @param effort           reasoning effort
 * @param permissionConfig tool-permission configuration in the harness's {@code toolPermissionFormat}
 * @param endpoint         the model endpoint cell the harness drives
 * @param toolCallBound    the longest a single tool call may run
 */
public record SpawnSpec(
        SessionKey key,
        Path cwd,
        String prompt,
        @Nullable String baseInstructions,
        @Nullable String initialContext,
        Map<String, String> env,
        Map<String, Secret> secretEnv,
        boolean autonomous,
        @Nullable SandboxLevel sandboxLevel,
        List<String> allowedTools,
        List<String> disallowedTools,
        List<McpServerSpec> mcpServers,
        @Nullable Integer maxTurns,
        @Nullable Effort effort,
        @Nullable String permissionConfig,
        EndpointBinding endpoint,
        @Nullable Duration toolCallBound) {

    public SpawnSpec {
        require(key, "key");
        check(require(cwd, "cwd").isAbsolute(), "cwd");
        require(prompt, "prompt");
        env = envMap(env, "env");
        secretEnv = envMap(secretEnv, "secretEnv");
        check(env.keySet().stream().noneMatch(secretEnv::containsKey), "secretEnv");
        allowedTools = textList(allowedTools, "allowedTools");
        disallowedTools = textList(disallowedTools, "disallowedTools");
        check(allowedTools.stream().noneMatch(new HashSet<>(disallowedTools)::contains), "disallowedTools");
        mcpServers = list(mcpServers, "mcpServers");
        Set<String> names = new HashSet<>();
        for (McpServerSpec server : mcpServers) {
            check(names.add(server.name()), "mcpServers");
        }
        check(maxTurns == null || maxTurns >= 1, "maxTurns");
        require(endpoint, "endpoint");
        check(toolCallBound == null || (!toolCallBound.isNegative() && !toolCallBound.isZero()), "toolCallBound");
    }

    /** Starts a spec with the required fields; autonomous, every optional field absent, every collection empty. */
    public static Builder builder(SessionKey key, Path cwd, String prompt, EndpointBinding endpoint) {
        return new Builder(key, cwd, prompt, endpoint);
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Assembles a {@link SpawnSpec}; the record constructor validates on {@link #build()}. */
    public static final class Builder {
        private SessionKey key;
        private Path cwd;
        private String prompt;
        private String baseInstructions;
        private String initialContext;
        private Map<String, String> env = Map.of();
        private Map<String, Secret> secretEnv = Map.of();
        private boolean autonomous = true;
        private SandboxLevel sandboxLevel;
        private List<String> allowedTools = List.of();
        private List<String> disallowedTools = List.of();
        private List<McpServerSpec> mcpServers = List.of();
        private Integer maxTurns;
        private Effort effort;
        private String permissionConfig;
        private EndpointBinding endpoint;
        private Duration toolCallBound;

        private Builder(SessionKey key, Path cwd, String prompt, EndpointBinding endpoint) {
            this.key = key;
            this.cwd = cwd;
            this.prompt = prompt;
            this.endpoint = endpoint;
        }

        private Builder(SpawnSpec s) {
            key = s.key;
            cwd = s.cwd;
            prompt = s.prompt;
            baseInstructions = s.baseInstructions;
            initialContext = s.initialContext;
            env = s.env;
            secretEnv = s.secretEnv;
            autonomous = s.autonomous;
            sandboxLevel = s.sandboxLevel;
            allowedTools = s.allowedTools;
            disallowedTools = s.disallowedTools;
            mcpServers = s.mcpServers;
            maxTurns = s.maxTurns;
            effort = s.effort;
            permissionConfig = s.permissionConfig;
            endpoint = s.endpoint;
            toolCallBound = s.toolCallBound;
        }

        public Builder key(SessionKey value) { key = value; return this; }
        public Builder cwd(Path value) { cwd = value; return this; }
        public Builder prompt(String value) { prompt = value; return this; }
        public Builder baseInstructions(String value) { baseInstructions = value; return this; }
        public Builder initialContext(String value) { initialContext = value; return this; }
        public Builder env(Map<String, String> value) { env = value; return this; }
        public Builder secretEnv(Map<String, Secret> value) { secretEnv = value; return this; }
        public Builder autonomous(boolean value) { autonomous = value; return this; }
        public Builder sandboxLevel(SandboxLevel value) { sandboxLevel = value; return this; }
        public Builder allowedTools(List<String> value) { allowedTools = value; return this; }
        public Builder disallowedTools(List<String> value) { disallowedTools = value; return this; }
        public Builder mcpServers(List<McpServerSpec> value) { mcpServers = value; return this; }
        public Builder maxTurns(Integer value) { maxTurns = value; return this; }
        public Builder effort(Effort value) { effort = value; return this; }
        public Builder permissionConfig(String value) { permissionConfig = value; return this; }
        public Builder endpoint(EndpointBinding value) { endpoint = value; return this; }
        public Builder toolCallBound(Duration value) { toolCallBound = value; return this; }

        /** Validates and builds the spec. */
        public SpawnSpec build() {
            return new SpawnSpec(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous,
                    sandboxLevel, allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig,
                    endpoint, toolCallBound);
        }
    }
}
