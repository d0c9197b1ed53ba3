package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * What to check out into a workarea.
 *
 * @param repository the repository URL or path; an http(s) URL carries no user info (credentials never travel in it)
 * @param ref        the branch, tag or commit to resolve
 * @param paths      relative paths to materialise (sparse checkout); empty = the whole tree
 */
public record WorkareaSource(String repository, String ref, List<String> paths) {

    public WorkareaSource {
        FieldChecks.requireText(repository, "repository");
        // Credentials never travel in an http(s) URL (they are Secrets handed to the provider separately).
        FieldChecks.check(!repository.matches("(?i)^https?://[^/?#]*@.*"), "repository");
        FieldChecks.requireText(ref, "ref");
        paths = FieldChecks.requiredTexts(paths, "paths");
        for (String path : paths) {
            FieldChecks.check(isRelativeInside(path), "paths");
        }
    }

    /** A source for the whole tree of {@code repository} at {@code ref}. */
    public static WorkareaSource of(String repository, String ref) {
        return new WorkareaSource(repository, ref, List.of());
    }

    static boolean isRelativeInside(@Nullable String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.contains("\\")
                || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
