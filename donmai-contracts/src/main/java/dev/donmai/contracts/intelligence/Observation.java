package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One stored memory observation.
 *
 * @param id         {@code obs_} + ULID
 * @param kind       what it records
 * @param text       1..{@value #MAX_TEXT_BYTES} UTF-8 bytes, redacted before it was stored
 * @param scope      where it lives
 * @param source     where it came from
 * @param tags       at most {@value #MAX_TAGS}, each {@code ^[a-z0-9][a-z0-9._-]{0,31}$}, no repeats
 * @param createdAt  when it was written
 * @param supersedes the observation it replaces, if any
 */
public record Observation(
        String id,
        ObservationKind kind,
        String text,
        MemoryScope scope,
        ObservationSource source,
        List<String> tags,
        Instant createdAt,
        @Nullable String supersedes) {

    /** The id prefix. */
    public static final String ID_PREFIX = "obs_";
    /** Valid observation ids. */
    public static final Pattern ID = Checks.OBSERVATION_ID;
    /** Most UTF-8 bytes of a text. */
    public static final int MAX_TEXT_BYTES = Checks.MAX_TEXT_BYTES;
    /** Most tags. */
    public static final int MAX_TAGS = Checks.MAX_TAGS;

    public Observation {
        Checks.observationId(id, "id");
        FieldChecks.require(kind, "kind");
        Checks.observationText(text, "text");
        FieldChecks.require(scope, "scope");
        FieldChecks.require(source, "source");
        tags = Checks.tags(tags, "tags");
        FieldChecks.require(createdAt, "createdAt");
        Checks.optionalObservationId(supersedes, "supersedes");
        FieldChecks.check(!id.equals(supersedes), "supersedes");
    }

    /** True when {@code value} is a valid observation id. */
    public static boolean isValidId(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
