package dev.donmai.contracts.requester;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.Map;

/**
 * The work an admitted request asks for, before it becomes a session.
 *
 * @param prompt     what to do
 * @param title      a short title
 * @param repository the repository to work in, never with credentials
 * @param ref        the ref to start from
 * @param attributes plain extra attributes; secrets never go here
 */
public record RequestedWork(
        String prompt,
        @Nullable String title,
        @Nullable String repository,
        @Nullable String ref,
        Map<String, String> attributes) {

    public RequestedWork {
        FieldChecks.requireText(prompt, "prompt");
        FieldChecks.optionalText(title, "title");
        FieldChecks.optionalText(repository, "repository");
        FieldChecks.check(repository == null || !repository.matches("(?i)^https?://[^/?#]*@.*"), "repository");
        FieldChecks.optionalText(ref, "ref");
        attributes = FieldChecks.requiredMap(attributes, "attributes");
    }
}
