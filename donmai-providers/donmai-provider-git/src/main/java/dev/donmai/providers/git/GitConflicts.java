package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.vcs.Conflict;
import dev.donmai.contracts.vcs.ConflictChoice;
import dev.donmai.contracts.vcs.VcsConflicts;
import dev.donmai.contracts.vcs.VcsWorkspace;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@link VcsConflicts} facet of {@link GitVcsProvider}: the unmerged paths a {@code Conflicted} pull left, and
 * their resolution. {@code OURS}/{@code THEIRS} take that side's version (or its deletion) and stage it;
 * {@code EDITED} stages the file as it is in the workspace (or its absence). Once nothing is unmerged,
 * {@link GitVcsProvider#recordChange} with no paths concludes the merge.
 */
final class GitConflicts implements VcsConflicts {

    private final GitVcsProvider provider;

    GitConflicts(GitVcsProvider provider) {
        this.provider = provider;
    }

    @Override
    public List<Conflict> list(VcsWorkspace workspace, Duration timeout) {
        GitRunner git = provider.runner("conflicts.list", workspace, timeout);
        return GitVcsProvider.guard(git, () -> Unmerged.list(git, workspace.path()));
    }

    @Override
    public void resolve(VcsWorkspace workspace, String path, ConflictChoice choice, Duration timeout) {
        Objects.requireNonNull(choice, "choice");
        GitRunner git = provider.runner("conflicts.resolve", workspace, timeout);
        String file = GitVcsProvider.relativePath(path, "path");
        GitVcsProvider.guard(git, () -> {
            String stages = git.require("ls-files-failed", workspace.path(), "ls-files", "-u", "--", file);
            if (stages.isEmpty()) {
                throw new ProviderException.OperationFailed(git.verb(), "not-conflicted", false);
            }
            boolean keep;
            switch (choice) {
                case OURS:
                    keep = hasStage(stages, 2);
                    if (keep) {
                        git.require("checkout-failed", workspace.path(), "checkout", "--ours", "--", file);
                    }
                    break;
                case THEIRS:
                    keep = hasStage(stages, 3);
                    if (keep) {
                        git.require("checkout-failed", workspace.path(), "checkout", "--theirs", "--", file);
                    }
                    break;
                default:
                    keep = Files.exists(workspace.path().resolve(file));
                    break;
            }
            if (keep) {
                git.require("add-failed", workspace.path(), "add", "--", file);
            } else {
                git.require("rm-failed", workspace.path(), "rm", "--quiet", "--force", "--ignore-unmatch", "--", file);
            }
            return null;
        });
    }

    private static boolean hasStage(String lsFilesUnmerged, int stage) {
        // "<mode> <object> <stage>\t<path>"
        return lsFilesUnmerged.lines().anyMatch(l -> {
            String[] parts = l.split("\\s+", 4);
            return parts.length >= 3 && parts[2].equals(String.valueOf(stage));
        });
    }
}
