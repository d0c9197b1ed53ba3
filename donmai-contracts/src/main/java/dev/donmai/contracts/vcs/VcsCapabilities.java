package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a VCS provider declares about itself (contracts.md §3.3).
 *
 * @param mergeStrategy             how it merges concurrent changes
 * @param conflictGranularity       the unit of its conflicts; not {@code NONE} iff it offers
 *                                  {@link VcsProvider#conflicts()}
 * @param hasPullRequests           offers {@link VcsProvider#proposals()}
 * @param hasReviewWorkflow         proposals can require review
 * @param hasMergeQueue             offers {@link VcsProvider#mergeQueue()}; needs {@code hasPullRequests} (the queue
 *                                  takes proposals)
 * @param supportsBranches          has branches
 * @param supportsRebase            can rebase
 * @param identityScheme            how authors are identified
 * @param remoteProtocol            how it talks to its remote
 * @param provenanceNative          offers {@link VcsProvider#attestor()}
 * @param supportsBinary            handles binary content
 * @param supportsStructuredContent merges structured content (objects, cells) natively
 * @param supportsLargeFiles        handles large files (LFS or equivalent)
 */
public record VcsCapabilities(
        MergeStrategy mergeStrategy,
        ConflictGranularity conflictGranularity,
        boolean hasPullRequests,
        boolean hasReviewWorkflow,
        boolean hasMergeQueue,
        boolean supportsBranches,
        boolean supportsRebase,
        IdentityScheme identityScheme,
        RemoteProtocol remoteProtocol,
        boolean provenanceNative,
        boolean supportsBinary,
        boolean supportsStructuredContent,
        boolean supportsLargeFiles) implements Capabilities {

    /** Human labels, component name → label, in component order. */
    public static final Map<String, String> LABELS = labels();

    public VcsCapabilities {
        FieldChecks.require(mergeStrategy, "mergeStrategy");
        FieldChecks.require(conflictGranularity, "conflictGranularity");
        FieldChecks.require(identityScheme, "identityScheme");
        FieldChecks.require(remoteProtocol, "remoteProtocol");
        FieldChecks.check(!hasMergeQueue || hasPullRequests, "hasMergeQueue");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.VCS;
    }

    /** True when the provider offers {@link VcsProvider#conflicts()}. */
    public boolean surfacesConflicts() {
        return conflictGranularity != ConflictGranularity.NONE;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mergeStrategy", "Merge strategy");
        m.put("conflictGranularity", "Conflict granularity");
        m.put("hasPullRequests", "Pull requests");
        m.put("hasReviewWorkflow", "Review workflow");
        m.put("hasMergeQueue", "Merge queue");
        m.put("supportsBranches", "Branches");
        m.put("supportsRebase", "Rebase");
        m.put("identityScheme", "Identity scheme");
        m.put("remoteProtocol", "Remote protocol");
        m.put("provenanceNative", "Native provenance");
        m.put("supportsBinary", "Binary content");
        m.put("supportsStructuredContent", "Structured content");
        m.put("supportsLargeFiles", "Large files");
        return Collections.unmodifiableMap(m);
    }
}
