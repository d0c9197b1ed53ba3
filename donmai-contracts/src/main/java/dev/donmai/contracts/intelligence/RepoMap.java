package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
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
        entries = FieldChecks.requiredList(entries, "entries");
        FieldChecks.require(rootHash, "rootHash");
        FieldChecks.check(rootHash.matches("^[0-9a-f]{64}$"), "rootHash");
        FieldChecks.nonNegative(files, "files");
    }
}
