package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * One page of {@link MemoryStore#list}.
 *
 * @param items      the observations, newest first
 * @param nextCursor where the next page starts; absent on the last page
 */
public record ObservationPage(List<Observation> items, @Nullable String nextCursor) {

    public ObservationPage {
        items = FieldChecks.requiredList(items, "items");
        FieldChecks.optionalText(nextCursor, "nextCursor");
    }

    /** The next page's cursor, if there is a next page. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
