package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.Optional;

/**
 * How to clone.
 *
 * @param branch     the branch to check out; absent = the remote's default branch
 * @param depth      history depth, &gt; 0; only with {@code SHALLOW} (absent there = 1)
 * @param mode       shallow, full or reference clone
 * @param credential the credential for the remote, if it needs one
 */
public record CloneOptions(
        @Nullable String branch,
        @Nullable Integer depth,
        CloneMode mode,
        @Nullable RemoteCredential credential) {

    public CloneOptions {
        FieldChecks.optionalText(branch, "branch");
        FieldChecks.require(mode, "mode");
        if (depth != null) {
            FieldChecks.positive(depth, "depth");
            FieldChecks.check(mode == CloneMode.SHALLOW, "depth");
        }
    }

    /** A full clone of the default branch without credential. */
    public static CloneOptions full() {
        return new CloneOptions(null, null, CloneMode.FULL, null);
    }

    /** A shallow clone of {@code depth} commits of the default branch without credential. */
    public static CloneOptions shallow(int depth) {
        return new CloneOptions(null, depth, CloneMode.SHALLOW, null);
    }

    /** The same options for {@code branchName}. */
    public CloneOptions withBranch(String branchName) {
        return new CloneOptions(branchName, depth, mode, credential);
    }

    /** The same options with {@code remoteCredential}. */
    public CloneOptions withCredential(RemoteCredential remoteCredential) {
        return new CloneOptions(branch, depth, mode, remoteCredential);
    }

    /** The effective depth: {@code depth}, 1 for a shallow clone without one, empty for full history. */
    public Optional<Integer> effectiveDepth() {
        if (depth != null) {
            return Optional.of(depth);
        }
        return mode == CloneMode.SHALLOW ? Optional.of(1) : Optional.empty();
    }
}
