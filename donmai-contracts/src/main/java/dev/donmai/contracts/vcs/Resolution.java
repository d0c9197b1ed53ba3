package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * A conflict the VCS resolved on its own; always surfaced in {@link PullResult.AutoResolved}.
 *
 * @param path     the workspace-relative path
 * @param strategy how it was resolved
 * @param detail   a short description
 */
public record Resolution(String path, MergeStrategy strategy, @Nullable String detail) {

    public Resolution {
        FieldChecks.requireText(path, "path");
        FieldChecks.require(strategy, "strategy");
        FieldChecks.optionalText(detail, "detail");
    }
}
