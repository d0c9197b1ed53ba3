package dev.donmai.contracts.registry;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;

/**
 * Names an agent, optionally pinned to a version.
 *
 * @param name    the agent's name (a path-safe id)
 * @param version the pinned version; absent = the latest
 */
public record AgentRef(String name, @Nullable String version) {

    public AgentRef {
        Ids.requireId(name, "name");
        FieldChecks.optionalText(version, "version");
    }

    /** The latest version of {@code name}. */
    public static AgentRef latest(String name) {
        return new AgentRef(name, null);
    }

    /** True when a version is pinned (not {@code is…}-named, so JSON mappers do not take it for a wire field). */
    public boolean pinned() {
        return version != null;
    }
}
