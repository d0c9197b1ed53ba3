package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.List;

/**
 * Input of {@code donmai_code_get_repo_map}.
 *
 * @param maxFiles     most files; a value ≤ 0 becomes {@value #DEFAULT_MAX_FILES}
 * @param filePatterns globs the files must match; empty = all
 */
public record RepoMapRequest(int maxFiles, List<String> filePatterns) {

    /** The file count used when none is given. */
    public static final int DEFAULT_MAX_FILES = 50;

    public RepoMapRequest {
        maxFiles = maxFiles <= 0 ? DEFAULT_MAX_FILES : maxFiles;
        filePatterns = FieldChecks.requiredTexts(filePatterns, "filePatterns");
    }
}
