package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * A recorded change.
 *
 * @param id  the change id (for git, the commit id)
 * @param ref the branch it was recorded on; absent when detached
 */
public record ChangeRef(String id, @Nullable String ref) {

    public ChangeRef {
        FieldChecks.requireText(id, "id");
        FieldChecks.optionalText(ref, "ref");
    }
}
