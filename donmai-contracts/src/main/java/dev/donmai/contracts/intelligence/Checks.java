package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import java.util.List;

/**
 * Validation rules only the memory records have (ids, tags, text limits); the general ones are in
 * {@link FieldChecks}. Failures are {@link ProviderException.ContractViolation}s naming the field.
 */
final class Checks {

    private Checks() {
    }

    /** Observation ids: {@code obs_} + a ULID (Crockford base32, 26 characters). */
    static final java.util.regex.Pattern OBSERVATION_ID = java.util.regex.Pattern.compile("^obs_[0-9A-HJKMNP-TV-Z]{26}$");
    /** Tags: lower case, 1–32 characters. */
    static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9._-]{0,31}$");
    /** Commit ids: lower-case hex, 7–64 characters. */
    static final java.util.regex.Pattern COMMIT = java.util.regex.Pattern.compile("^[0-9a-f]{7,64}$");
    /** Most UTF-8 bytes of an observation text. */
    static final int MAX_TEXT_BYTES = 4096;
    /** Most tags per observation. */
    static final int MAX_TAGS = 16;
    /** Most paths per observation source. */
    static final int MAX_PATHS = 50;

    static String observationId(String value, String field) {
        FieldChecks.require(value, field);
        FieldChecks.check(OBSERVATION_ID.matcher(value).matches(), field);
        return value;
    }

    static @Nullable String optionalObservationId(@Nullable String value, String field) {
        return value == null ? null : observationId(value, field);
    }

    /** Observation text: not blank, at most {@value #MAX_TEXT_BYTES} UTF-8 bytes. */
    static String observationText(String value, String field) {
        FieldChecks.requireText(value, field);
        FieldChecks.check(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES, field);
        return value;
    }

    static List<String> tags(List<String> value, String field) {
        List<String> copy = FieldChecks.requiredList(value, field);
        FieldChecks.check(copy.size() <= MAX_TAGS, field);
        copy.forEach(tag -> FieldChecks.check(TAG.matcher(tag).matches(), field));
        FieldChecks.check(new java.util.HashSet<>(copy).size() == copy.size(), field);
        return copy;
    }

    static List<String> paths(List<String> value, String field) {
        List<String> copy = FieldChecks.requiredTexts(value, field);
        FieldChecks.check(copy.size() <= MAX_PATHS, field);
        return copy;
    }

    static @Nullable String optionalCommit(@Nullable String value, String field) {
        if (value != null) {
            FieldChecks.check(COMMIT.matcher(value).matches(), field);
        }
        return value;
    }

    /** A path-safe id that also contains no {@code ..} (memory ids name directories). */
    static String pathSafeId(String value, String field) {
        dev.donmai.contracts.provider.Ids.requireId(value, field);
        FieldChecks.check(!value.contains(".."), field);
        return value;
    }

    static double finite(double value, String field) {
        FieldChecks.check(Double.isFinite(value), field);
        return value;
    }
}
