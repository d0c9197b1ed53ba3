package dev.donmai.contracts.intelligence;

import java.util.List;

/**
 * Output of {@code donmai_code_get_repo_map}.
 *
 * @param entries  files by rank descending, then path
 * @param rootHash lower-case hex SHA-256 of the sorted {@code path\tblob} lines
 * @param files    files in the index
 */
public record RepoMap(List<RepoMapEntry> entries, String rootHash, int files) {

    public RepoMap {
        entries = Checks.list(entries, "entries");
        Checks.required(rootHash, "rootHash");
        Checks.check(rootHash.matches("^[0-9a-f]{64}$"), "rootHash");
        Checks.nonNegative(files, "files");
    }
}
