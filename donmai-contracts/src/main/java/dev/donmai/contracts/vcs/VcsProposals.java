package dev.donmai.contracts.vcs;

import java.time.Duration;

/** Facet of a {@link VcsProvider} with {@code hasPullRequests}: opens and merges proposals. */
public interface VcsProposals {

    /** Opens a proposal to merge {@code request.sourceBranch()} into {@code request.targetBranch()}. */
    ProposalRef open(VcsWorkspace workspace, ProposalRequest request, Duration timeout);

    /**
     * Merges a proposal with {@code strategy}.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported for a strategy the VCS cannot apply
     */
    MergeResult merge(ProposalRef proposal, MergeStrategy strategy, Duration timeout);
}
