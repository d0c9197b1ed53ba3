package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * An observation to write. The store redacts {@code text} again, deduplicates, embeds and assigns the id.
 *
 * @param kind       what it records
 * @param text       1..4096 UTF-8 bytes
 * @param scope      where it goes
 * @param source     where it came from
 * @param tags       at most 16 tags
 * @param supersedes an observation it replaces (dropped with a warning when that is not live)
 */
public record MemoryWrite(
        ObservationKind kind,
        String text,
        MemoryScope scope,
        ObservationSource source,
        List<String> tags,
        @Nullable String supersedes) {

    public MemoryWrite {
        FieldChecks.require(kind, "kind");
        Checks.observationText(text, "text");
        FieldChecks.require(scope, "scope");
        FieldChecks.require(source, "source");
        tags = Checks.tags(tags, "tags");
        Checks.optionalObservationId(supersedes, "supersedes");
    }
}
