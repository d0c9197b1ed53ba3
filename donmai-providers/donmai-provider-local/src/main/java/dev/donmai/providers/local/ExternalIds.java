package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.session.SessionKey;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * External ids of local sandboxes: {@code <sessionId>-<8 hex>}, which is also the name of the sandbox's
 * directory. A session id is path-safe and never {@code .} or {@code ..} (contracts.md §0), so the name is too; the
 * suffix keeps two sandboxes of one session (a re-dispatched attempt) apart.
 */
final class ExternalIds {

    private static final Pattern SHAPE = Pattern.compile("^(.+)-[0-9a-f]{8}$");

    private ExternalIds() {
    }

    /** A new external id for a sandbox of {@code session}. */
    static String next(SessionKey session) {
        return session.sessionId() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /**
     * The session id inside {@code externalId}, when it has the shape this provider gives out; anything else
     * (another provider's id, a path such as {@code ../x}) is empty and never reaches the file system.
     */
    static Optional<String> sessionIdOf(String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(externalId);
        return m.matches() && Ids.isSessionId(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }
}
