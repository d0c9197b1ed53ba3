package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;

/**
 * Identifies an issue.
 *
 * @param providerId the tracker provider
 * @param id         the tracker's stable id for the issue
 * @param identifier the human identifier (e.g. {@code ENG-123}, {@code #42}), if it has one
 * @param url        its http(s) web address, if it has one
 */
public record IssueRef(String providerId, String id, @Nullable String identifier, @Nullable String url) {

    public IssueRef {
        Ids.requireProviderId(providerId, "providerId");
        FieldChecks.requireText(id, "id");
        FieldChecks.optionalText(identifier, "identifier");
        if (url != null) {
            FieldChecks.url(url, "url", true);
        }
    }

    /** A reference by tracker id only. */
    public static IssueRef of(String providerId, String id) {
        return new IssueRef(providerId, id, null, null);
    }
}
