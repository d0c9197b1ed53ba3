package dev.donmai.contracts.agent;

import static dev.donmai.contracts.agent.AgentChecks.require;
import static dev.donmai.contracts.agent.AgentChecks.requireText;
import static dev.donmai.contracts.agent.AgentChecks.set;

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
    public static final class Builder {
        private boolean supportsMessageInjection;
        private boolean supportsSessionResume;
        private boolean supportsToolPlugins;
        private boolean needsBaseInstructions;
        private boolean needsPermissionConfig;
        private boolean supportsCodeIntelligenceEnforcement;
        private boolean emitsSubagentEvents;
        private boolean supportsReasoningEffort;
        private String toolPermissionFormat = NO_PERMISSION_FORMAT;
        private String humanLabel;
        private boolean canSpawnNativeChildren;
        private boolean canRunHeadlessly;
        private StreamingTransport streamingTransport = StreamingTransport.NONE;
        private boolean acceptsMcpServerSpec;
        private boolean acceptsAllowedToolsList;
        private Set<WireProtocol> drives = Set.of();
        private Set<ServingHost> drivesHosts = Set.of();

        private Builder(String humanLabel) {
            this.humanLabel = humanLabel;
        }

        private Builder(HarnessCapabilities c) {
            supportsMessageInjection = c.supportsMessageInjection;
            supportsSessionResume = c.supportsSessionResume;
            supportsToolPlugins = c.supportsToolPlugins;
            needsBaseInstructions = c.needsBaseInstructions;
            needsPermissionConfig = c.needsPermissionConfig;
            supportsCodeIntelligenceEnforcement = c.supportsCodeIntelligenceEnforcement;
            emitsSubagentEvents = c.emitsSubagentEvents;
            supportsReasoningEffort = c.supportsReasoningEffort;
            toolPermissionFormat = c.toolPermissionFormat;
            humanLabel = c.humanLabel;
            canSpawnNativeChildren = c.canSpawnNativeChildren;
            canRunHeadlessly = c.canRunHeadlessly;
            streamingTransport = c.streamingTransport;
            acceptsMcpServerSpec = c.acceptsMcpServerSpec;
            acceptsAllowedToolsList = c.acceptsAllowedToolsList;
            drives = c.drives;
            drivesHosts = c.drivesHosts;
        }

        public Builder supportsMessageInjection(boolean value) { supportsMessageInjection = value; return this; }
        public Builder supportsSessionResume(boolean value) { supportsSessionResume = value; return this; }
        public Builder supportsToolPlugins(boolean value) { supportsToolPlugins = value; return this; }
        public Builder needsBaseInstructions(boolean value) { needsBaseInstructions = value; return this; }
        public Builder needsPermissionConfig(boolean value) { needsPermissionConfig = value; return this; }
        public Builder supportsCodeIntelligenceEnforcement(boolean value) {
            supportsCodeIntelligenceEnforcement = value;
            return this;
        }
        public Builder emitsSubagentEvents(boolean value) { emitsSubagentEvents = value; return this; }
        public Builder supportsReasoningEffort(boolean value) { supportsReasoningEffort = value; return this; }
        public Builder toolPermissionFormat(String value) { toolPermissionFormat = value; return this; }
        public Builder humanLabel(String value) { humanLabel = value; return this; }
        public Builder canSpawnNativeChildren(boolean value) { canSpawnNativeChildren = value; return this; }
        public Builder canRunHeadlessly(boolean value) { canRunHeadlessly = value; return this; }
        public Builder streamingTransport(StreamingTransport value) { streamingTransport = value; return this; }
        public Builder acceptsMcpServerSpec(boolean value) { acceptsMcpServerSpec = value; return this; }
        public Builder acceptsAllowedToolsList(boolean value) { acceptsAllowedToolsList = value; return this; }
        public Builder drives(Set<WireProtocol> value) { drives = value; return this; }
        public Builder drivesHosts(Set<ServingHost> value) { drivesHosts = value; return this; }

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
