package dev.donmai.contracts.registry;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;
import java.util.Map;

/**
 * An agent definition found in a registry.
 *
 * @param name        the agent's name
 * @param version     its version
 * @param description what it does
 * @param source      where the definition comes from
 * @param location    where the definition lives (a path, a git ref, a URL), never with credentials
 * @param harness     the {@code agent-runtime} provider id that runs it, if the definition names one
 * @param tags        free-form tags
 * @param metadata    plain source-specific metadata; secrets never go here
 */
public record AgentDescriptor(
        String name,
        String version,
        @Nullable String description,
        AgentSource source,
        String location,
        @Nullable String harness,
        List<String> tags,
        Map<String, String> metadata) {

    public AgentDescriptor {
        Ids.requireId(name, "name");
        FieldChecks.requireText(version, "version");
        FieldChecks.require(source, "source");
        FieldChecks.requireText(location, "location");
        FieldChecks.check(!location.matches("(?i)^[a-z][a-z0-9+.-]*://[^/?#]*:[^/?#]*@.*"), "location");
        if (harness != null) {
            Ids.requireProviderId(harness, "harness");
        }
        tags = FieldChecks.requiredTexts(tags, "tags");
        metadata = FieldChecks.requiredMap(metadata, "metadata");
    }

    /** The reference pinned to this descriptor's version. */
    public AgentRef ref() {
        return new AgentRef(name, version);
    }
}
