package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.envMap;
import static dev.donmai.contracts.provider.FieldChecks.list;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.textList;

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
    public record Builder(SessionKey key, Path cwd, String prompt, String baseInstructions, String initialContext,
            Map<String, String> env, Map<String, Secret> secretEnv, boolean autonomous,
            SandboxLevel sandboxLevel, List<String> allowedTools, List<String> disallowedTools,
            List<McpServerSpec> mcpServers, Integer maxTurns, Effort effort, String permissionConfig,
            EndpointBinding endpoint, Duration toolCallBound) {
        private Builder(SessionKey key, Path cwd, String prompt, EndpointBinding endpoint) {
            this(key, cwd, prompt, null, null, Map.of(), Map.of(), true, null, List.of(), List.of(),
                    List.of(), null, null, null, endpoint, null);
        }

        private Builder(SpawnSpec s) {
            this(s.key, s.cwd, s.prompt, s.baseInstructions, s.initialContext, s.env, s.secretEnv,
                    s.autonomous, s.sandboxLevel, s.allowedTools, s.disallowedTools, s.mcpServers, s.maxTurns,
                    s.effort, s.permissionConfig, s.endpoint, s.toolCallBound);
        }

        public Builder key(SessionKey value) {
            return new Builder(value, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous,
                    sandboxLevel, allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig,
                    endpoint, toolCallBound);
        }

        public Builder cwd(Path value) {
            return new Builder(key, value, prompt, baseInstructions, initialContext, env, secretEnv, autonomous,
                    sandboxLevel, allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig,
                    endpoint, toolCallBound);
        }

        public Builder prompt(String value) {
            return new Builder(key, cwd, value, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder baseInstructions(String value) {
            return new Builder(key, cwd, prompt, value, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder initialContext(String value) {
            return new Builder(key, cwd, prompt, baseInstructions, value, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder env(Map<String, String> value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, value, secretEnv, autonomous,
                    sandboxLevel, allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig,
                    endpoint, toolCallBound);
        }

        public Builder secretEnv(Map<String, Secret> value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, value, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder autonomous(boolean value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, value, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder sandboxLevel(SandboxLevel value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, value,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder allowedTools(List<String> value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    value, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder disallowedTools(List<String> value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, value, mcpServers, maxTurns, effort, permissionConfig, endpoint, toolCallBound);
        }

        public Builder mcpServers(List<McpServerSpec> value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, value, maxTurns, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder maxTurns(Integer value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, value, effort, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder effort(Effort value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, value, permissionConfig, endpoint,
                    toolCallBound);
        }

        public Builder permissionConfig(String value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, value, endpoint, toolCallBound);
        }

        public Builder endpoint(EndpointBinding value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, value,
                    toolCallBound);
        }

        public Builder toolCallBound(Duration value) {
            return new Builder(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous, sandboxLevel,
                    allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig, endpoint,
                    value);
        }

        /** Validates and builds the spec. */
        public SpawnSpec build() {
            return new SpawnSpec(key, cwd, prompt, baseInstructions, initialContext, env, secretEnv, autonomous,
                    sandboxLevel, allowedTools, disallowedTools, mcpServers, maxTurns, effort, permissionConfig,
                    endpoint, toolCallBound);
        }
    }
}
