package dev.donmai.contracts.vcs;

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
        Checks.text(id, "id");
        if (url != null) {
            Checks.url(url, "url", true);
        }
        Checks.text(sourceBranch, "sourceBranch");
        Checks.text(targetBranch, "targetBranch");
    }
}
