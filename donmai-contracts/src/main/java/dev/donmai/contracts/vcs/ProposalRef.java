package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * An opened proposal.
 *
 * @param id           the VCS's id for it (e.g. the pull request number)
 * @param url          its http(s) web address, if it has one
 * @param sourceBranch the branch with the changes
 * @param targetBranch the branch to merge into
 */
public record ProposalRef(String id, @Nullable String url, String sourceBranch, String targetBranch) {

    public ProposalRef {
        FieldChecks.requireText(id, "id");
        if (url != null) {
            FieldChecks.url(url, "url", true);
        }
        FieldChecks.requireText(sourceBranch, "sourceBranch");
        FieldChecks.requireText(targetBranch, "targetBranch");
    }
}
