package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.Provider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider of the {@code vcs} family. Expected outcomes of {@link #push} and {@link #pull} are sealed values;
 * only faults are {@link dev.donmai.contracts.provider.ProviderException}s.
 */
public interface VcsProvider extends Provider<VcsCapabilities> {

    /**
     * Clones {@code uri} into {@code destination} (which must not exist or be empty). The workspace's
     * {@link VcsWorkspace#headRef() headRef} is {@code options.branch()} when set, else the remote's default branch.
     * A {@link RemoteCredential} is used only for URLs under its prefix and is never written to disk or into a URL.
     */
    VcsWorkspace clone(String uri, Path destination, CloneOptions options, Duration timeout);

    /**
     * Records {@code change} (a commit). With an {@link ChangeRequest#attestation() attestation}, the recorded
     * message ends with that attestation's {@link Trailers trailers}.
     */
    ChangeRef recordChange(VcsWorkspace workspace, ChangeRequest change, Duration timeout);

    /** Pushes the workspace head to {@code target} (a branch on the remote). */
    PushResult push(VcsWorkspace workspace, String target, Duration timeout);

    /** Integrates {@code source} (a branch on the remote) into the workspace. Auto-resolutions are always surfaced. */
    PullResult pull(VcsWorkspace workspace, String source, Duration timeout);

    /** Proposals (pull requests); present iff {@code capabilities().hasPullRequests()}. */
    default Optional<VcsProposals> proposals() {
        return Optional.empty();
    }

    /** A merge queue; present iff {@code capabilities().hasMergeQueue()}. */
    default Optional<VcsMergeQueue> mergeQueue() {
        return Optional.empty();
    }

    /** Conflict inspection and resolution; present iff {@code capabilities().conflictGranularity() != NONE}. */
    default Optional<VcsConflicts> conflicts() {
        return Optional.empty();
    }

    /** Native provenance; present iff {@code capabilities().provenanceNative()}. */
    default Optional<VcsAttestor> attestor() {
        return Optional.empty();
    }
}
