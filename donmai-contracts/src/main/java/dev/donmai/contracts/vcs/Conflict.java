package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * An unresolved conflict.
 *
 * @param path        the workspace-relative path
 * @param granularity the unit the conflict is reported in
 * @param detail      a short description (e.g. {@code both-modified}, {@code deleted-by-them})
 */
public record Conflict(String path, ConflictGranularity granularity, @Nullable String detail) {

    public Conflict {
        FieldChecks.requireText(path, "path");
        FieldChecks.require(granularity, "granularity");
        FieldChecks.optionalText(detail, "detail");
    }
}
