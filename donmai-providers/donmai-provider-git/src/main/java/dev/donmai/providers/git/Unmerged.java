package dev.donmai.providers.git;

import dev.donmai.contracts.vcs.Conflict;
import dev.donmai.contracts.vcs.ConflictGranularity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The unmerged paths of a workspace, from {@code git status --porcelain}, as contracts {@link Conflict}s. */
final class Unmerged {

    /** Porcelain XY codes of unmerged entries → {@link Conflict#detail()}. */
    private static final Map<String, String> DETAILS = Map.of(
            "DD", "both-deleted",
            "AU", "added-by-us",
            "UD", "deleted-by-them",
            "UA", "added-by-them",
            "DU", "deleted-by-us",
            "AA", "both-added",
            "UU", "both-modified");

    private Unmerged() {
    }

    static List<Conflict> list(GitRunner git, Path workspace) {
        String status = git.require("status-failed", workspace, "status", "--porcelain", "--untracked-files=no");
        List<Conflict> conflicts = new ArrayList<>();
        for (String line : status.split("\n")) {
            if (line.length() > 3 && DETAILS.containsKey(line.substring(0, 2))) {
                conflicts.add(new Conflict(unquote(line.substring(3)), ConflictGranularity.LINE,
                        DETAILS.get(line.substring(0, 2))));
            }
        }
        return List.copyOf(conflicts);
    }

    private static String unquote(String path) {
        return path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"")
                ? path.substring(1, path.length() - 1) : path;
    }
}
