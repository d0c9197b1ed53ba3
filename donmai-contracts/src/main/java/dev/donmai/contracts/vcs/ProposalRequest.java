package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * A proposal (pull request) to open.
 *
 * @param title        the title
 * @param body         the description
 * @param sourceBranch the branch with the changes
 * @param targetBranch the branch to merge into
 * @param draft        open as a draft
 */
public record ProposalRequest(
        String title,
        @Nullable String body,
        String sourceBranch,
        String targetBranch,
        boolean draft) {

    public ProposalRequest {
        FieldChecks.requireText(title, "title");
        FieldChecks.requireText(sourceBranch, "sourceBranch");
        FieldChecks.requireText(targetBranch, "targetBranch");
        FieldChecks.check(!sourceBranch.equals(targetBranch), "targetBranch");
    }
}
