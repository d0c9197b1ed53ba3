package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Secret;
import java.time.Instant;

/**
 * A credential for remote URLs under one prefix. A git provider passes it as a URL-scoped
 * {@code http.<urlPrefix>.extraHeader} through the environment, never on argv, on disk or in a URL.
 *
 * @param urlPrefix the http(s) URL prefix the token applies to, without user info
 * @param token     the token
 * @param expiresAt when the token stops working
 */
public record RemoteCredential(String urlPrefix, Secret token, Instant expiresAt) {

    public RemoteCredential {
        FieldChecks.url(urlPrefix, "urlPrefix", true);
        FieldChecks.require(token, "token");
        FieldChecks.require(expiresAt, "expiresAt");
    }

    /**
     * True when {@code url} is under {@link #urlPrefix()} on a path-segment boundary ({@code https://h/org} covers
     * {@code https://h/org/repo}, not {@code https://h/org-other}).
     */
    public boolean appliesTo(String url) {
        if (url == null || !url.startsWith(urlPrefix)) {
            return false;
        }
        return url.length() == urlPrefix.length() || urlPrefix.endsWith("/") || url.charAt(urlPrefix.length()) == '/';
    }

    /** True when the token has expired at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
