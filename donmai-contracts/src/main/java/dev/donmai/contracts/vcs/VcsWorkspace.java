package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import java.nio.file.Path;

/**
 * A local working copy a {@link VcsProvider} manages.
 *
 * @param id         the workspace id
 * @param providerId the provider that created it
 * @param path       its absolute root
 * @param headRef    the ref checked out (a branch, or a commit when detached)
 */
public record VcsWorkspace(String id, String providerId, Path path, String headRef) {

    public VcsWorkspace {
        Ids.requireId(id, "id");
        Ids.requireProviderId(providerId, "providerId");
        FieldChecks.require(path, "path");
        FieldChecks.check(path.isAbsolute(), "path");
        FieldChecks.requireText(headRef, "headRef");
    }
}
