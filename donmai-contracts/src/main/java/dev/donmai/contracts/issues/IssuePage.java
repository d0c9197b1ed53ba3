package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * One page of issues.
 *
 * @param items      the issues
 * @param nextCursor where the next page starts; absent on the last page
 */
public record IssuePage(List<Issue> items, @Nullable String nextCursor) {

    public IssuePage {
        items = FieldChecks.requiredList(items, "items");
        FieldChecks.optionalText(nextCursor, "nextCursor");
    }

    /** The next page's cursor, if there is a next page. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
