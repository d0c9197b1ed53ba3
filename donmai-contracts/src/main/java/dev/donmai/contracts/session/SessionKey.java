package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.Ids;
import java.util.Objects;

/**
 * The key of a session: the organization it runs for ({@code "local"} when there is none) and its id.
 */
public record SessionKey(String organizationId, String sessionId) {

    /** The organization id of sessions that belong to no organization. */
    public static final String LOCAL_ORGANIZATION = "local";

    public SessionKey {
        Objects.requireNonNull(organizationId, "organizationId");
        Ids.requireId(organizationId, "organizationId");
        Ids.requireSessionId(sessionId, "sessionId");
    }

    /** A key in the {@code local} organization. */
    public static SessionKey local(String sessionId) {
        return new SessionKey(LOCAL_ORGANIZATION, sessionId);
    }
}
