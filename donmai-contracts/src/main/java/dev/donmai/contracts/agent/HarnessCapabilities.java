package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.requireText;
import static dev.donmai.contracts.provider.FieldChecks.set;

import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a harness ({@code agent-runtime}) can do. The facets {@link HarnessProvider#resumer()} and
 * {@link AgentSession#injector()} are present iff {@code supportsSessionResume} and {@code supportsMessageInjection}.
 *
 * @param supportsMessageInjection           can take user messages mid-session
 * @param supportsSessionResume              can resume a native session
 * @param supportsToolPlugins                can load tool plugins
 * @param needsBaseInstructions              needs {@code baseInstructions} (has no system prompt of its own)
 * @param needsPermissionConfig              needs {@code permissionConfig} to run unattended
 * @param supportsCodeIntelligenceEnforcement can be made to use the code-intelligence tools
 * @param emitsSubagentEvents                reports sub-agent events ({@code parentToolUseId})
 * @param supportsReasoningEffort            honours {@code effort}
 * @param toolPermissionFormat               the format of {@code permissionConfig}; {@value #NO_PERMISSION_FORMAT}
 *                                           when it takes none
 * @param humanLabel                         display name
 * @param canSpawnNativeChildren             can start its own sub-agents
 * @param canRunHeadlessly                   runs without a terminal
 * @param streamingTransport                 how events reach the adapter
 * @param acceptsMcpServerSpec               honours {@code mcpServers}
 * @param acceptsAllowedToolsList            honours {@code allowedTools} and {@code disallowedTools}
 * @param drives                             wire protocols it can speak to a model endpoint
 * @param drivesHosts                        serving hosts it can use
 */
public record HarnessCapabilities(
        boolean supportsMessageInjection,
        boolean supportsSessionResume,
        boolean supportsToolPlugins,
        boolean needsBaseInstructions,
        boolean needsPermissionConfig,
        boolean supportsCodeIntelligenceEnforcement,
        boolean emitsSubagentEvents,
        boolean supportsReasoningEffort,
        String toolPermissionFormat,
        String humanLabel,
        boolean canSpawnNativeChildren,
        boolean canRunHeadlessly,
        StreamingTransport streamingTransport,
        boolean acceptsMcpServerSpec,
        boolean acceptsAllowedToolsList,
        Set<WireProtocol> drives,
        Set<ServingHost> drivesHosts) implements Capabilities {

    /** {@code toolPermissionFormat} of a harness that takes no tool-permission configuration. */
    public static final String NO_PERMISSION_FORMAT = "none";

    /** Component name → human label. */
    public static final Map<String, String> LABELS = labels();

    public HarnessCapabilities {
        requireText(toolPermissionFormat, "toolPermissionFormat");
        requireText(humanLabel, "humanLabel");
        require(streamingTransport, "streamingTransport");
        drives = set(drives, "drives");
        drivesHosts = set(drivesHosts, "drivesHosts");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.AGENT_RUNTIME;
    }

    /** Starts capabilities with every flag false, no drives, {@code none} formats and transport. */
    public static Builder builder(String humanLabel) {
        return new Builder(humanLabel);
    }

    /** A builder holding these capabilities. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The {@link SpawnSpec} components that are set but cannot be honoured, in component order: {@code effort}
     * without {@code supportsReasoningEffort}; {@code allowedTools}/{@code disallowedTools} without
     * {@code acceptsAllowedToolsList}; {@code mcpServers} without {@code acceptsMcpServerSpec};
     * {@code permissionConfig} when the format is {@value #NO_PERMISSION_FORMAT}; {@code endpoint} whose protocol is
     * not in {@code drives} or whose host is not in {@code drivesHosts}. Empty when the spec can be spawned.
     */
    public List<String> unhonoured(SpawnSpec spec) {
        List<String> fields = new ArrayList<>();
        if (!spec.allowedTools().isEmpty() && !acceptsAllowedToolsList) {
            fields.add("allowedTools");
        }
        if (!spec.disallowedTools().isEmpty() && !acceptsAllowedToolsList) {
            fields.add("disallowedTools");
        }
        if (!spec.mcpServers().isEmpty() && !acceptsMcpServerSpec) {
            fields.add("mcpServers");
        }
        if (spec.effort() != null && !supportsReasoningEffort) {
            fields.add("effort");
        }
        if (spec.permissionConfig() != null && NO_PERMISSION_FORMAT.equals(toolPermissionFormat)) {
            fields.add("permissionConfig");
        }
        if (!drives.contains(spec.endpoint().protocol()) || !drivesHosts.contains(spec.endpoint().host())) {
            fields.add("endpoint");
        }
        return List.copyOf(fields);
    }

    /**
     * Returns {@code spec} when it can be honoured.
     *
     * @throws ProviderException.Unsupported with verb {@code spawn.<component>} for the first unhonoured component
     */
    public SpawnSpec requireHonoured(SpawnSpec spec) {
        List<String> fields = unhonoured(spec);
        if (!fields.isEmpty()) {
            throw new ProviderException.Unsupported("spawn." + fields.get(0));
        }
        return spec;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("supportsMessageInjection", "Message injection");
        labels.put("supportsSessionResume", "Session resume");
        labels.put("supportsToolPlugins", "Tool plugins");
        labels.put("needsBaseInstructions", "Needs base instructions");
        labels.put("needsPermissionConfig", "Needs permission config");
        labels.put("supportsCodeIntelligenceEnforcement", "Code-intelligence enforcement");
        labels.put("emitsSubagentEvents", "Sub-agent events");
        labels.put("supportsReasoningEffort", "Reasoning effort");
        labels.put("toolPermissionFormat", "Tool permission format");
        labels.put("humanLabel", "Name");
        labels.put("canSpawnNativeChildren", "Native sub-agents");
        labels.put("canRunHeadlessly", "Headless");
        labels.put("streamingTransport", "Streaming transport");
        labels.put("acceptsMcpServerSpec", "MCP servers");
        labels.put("acceptsAllowedToolsList", "Allowed-tools list");
        labels.put("drives", "Wire protocols");
        labels.put("drivesHosts", "Serving hosts");
        return Collections.unmodifiableMap(labels);
    }
    /** Assembles {@link HarnessCapabilities}; the record constructor validates on {@link #build()}. */
    public record Builder(boolean supportsMessageInjection, boolean supportsSessionResume, boolean supportsToolPlugins,
            boolean needsBaseInstructions, boolean needsPermissionConfig,
            boolean supportsCodeIntelligenceEnforcement, boolean emitsSubagentEvents,
            boolean supportsReasoningEffort, String toolPermissionFormat, String humanLabel,
            boolean canSpawnNativeChildren, boolean canRunHeadlessly, StreamingTransport streamingTransport,
            boolean acceptsMcpServerSpec, boolean acceptsAllowedToolsList, Set<WireProtocol> drives,
            Set<ServingHost> drivesHosts) {
        private Builder(String humanLabel) {
            this(false, false, false, false, false, false, false, false, NO_PERMISSION_FORMAT, humanLabel,
                    false, false, StreamingTransport.NONE, false, false, Set.of(), Set.of());
        }

        private Builder(HarnessCapabilities c) {
            this(c.supportsMessageInjection, c.supportsSessionResume, c.supportsToolPlugins,
                    c.needsBaseInstructions, c.needsPermissionConfig, c.supportsCodeIntelligenceEnforcement,
                    c.emitsSubagentEvents, c.supportsReasoningEffort, c.toolPermissionFormat, c.humanLabel,
                    c.canSpawnNativeChildren, c.canRunHeadlessly, c.streamingTransport, c.acceptsMcpServerSpec,
                    c.acceptsAllowedToolsList, c.drives, c.drivesHosts);
        }

        public Builder supportsMessageInjection(boolean value) {
            return new Builder(value, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives,
                    drivesHosts);
        }

        public Builder supportsSessionResume(boolean value) {
            return new Builder(supportsMessageInjection, value, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives,
                    drivesHosts);
        }

        public Builder supportsToolPlugins(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, value, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives,
                    drivesHosts);
        }

        public Builder needsBaseInstructions(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, value,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives,
                    drivesHosts);
        }

        public Builder needsPermissionConfig(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    value, supportsCodeIntelligenceEnforcement, emitsSubagentEvents, supportsReasoningEffort,
                    toolPermissionFormat, humanLabel, canSpawnNativeChildren, canRunHeadlessly,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder supportsCodeIntelligenceEnforcement(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, value, emitsSubagentEvents, supportsReasoningEffort,
                    toolPermissionFormat, humanLabel, canSpawnNativeChildren, canRunHeadlessly,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder emitsSubagentEvents(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, value, supportsReasoningEffort,
                    toolPermissionFormat, humanLabel, canSpawnNativeChildren, canRunHeadlessly,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder supportsReasoningEffort(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents, value,
                    toolPermissionFormat, humanLabel, canSpawnNativeChildren, canRunHeadlessly,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder toolPermissionFormat(String value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, value, humanLabel, canSpawnNativeChildren, canRunHeadlessly,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder humanLabel(String value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, value, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives,
                    drivesHosts);
        }

        public Builder canSpawnNativeChildren(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, value, canRunHeadlessly,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder canRunHeadlessly(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren, value,
                    streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder streamingTransport(StreamingTransport value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, value, acceptsMcpServerSpec, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder acceptsMcpServerSpec(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, value, acceptsAllowedToolsList, drives, drivesHosts);
        }

        public Builder acceptsAllowedToolsList(boolean value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, value, drives, drivesHosts);
        }

        public Builder drives(Set<WireProtocol> value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, value,
                    drivesHosts);
        }

        public Builder drivesHosts(Set<ServingHost> value) {
            return new Builder(supportsMessageInjection, supportsSessionResume, supportsToolPlugins, needsBaseInstructions,
                    needsPermissionConfig, supportsCodeIntelligenceEnforcement, emitsSubagentEvents,
                    supportsReasoningEffort, toolPermissionFormat, humanLabel, canSpawnNativeChildren,
                    canRunHeadlessly, streamingTransport, acceptsMcpServerSpec, acceptsAllowedToolsList, drives,
                    value);
        }

        /** Validates and builds the capabilities. */
        public HarnessCapabilities build() {
            return new HarnessCapabilities(supportsMessageInjection, supportsSessionResume, supportsToolPlugins,
                    needsBaseInstructions, needsPermissionConfig, supportsCodeIntelligenceEnforcement,
                    emitsSubagentEvents, supportsReasoningEffort, toolPermissionFormat, humanLabel,
                    canSpawnNativeChildren, canRunHeadlessly, streamingTransport, acceptsMcpServerSpec,
                    acceptsAllowedToolsList, drives, drivesHosts);
        }
    }
}
