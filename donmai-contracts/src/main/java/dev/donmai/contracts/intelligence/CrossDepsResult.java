package dev.donmai.contracts.intelligence;

import java.util.List;

/**
 * Output of {@code donmai_code_validate_cross_deps}.
 *
 * @param valid           true iff {@code missingDeps} is empty
 * @param missingDeps     imports with undeclared dependencies
 * @param packagesChecked manifests checked
 * @param filesChecked    files checked
 */
public record CrossDepsResult(boolean valid, List<MissingDependency> missingDeps, int packagesChecked,
        int filesChecked) {

    public CrossDepsResult {
        missingDeps = Checks.list(missingDeps, "missingDeps");
        Checks.check(valid == missingDeps.isEmpty(), "valid");
        Checks.nonNegative(packagesChecked, "packagesChecked");
        Checks.nonNegative(filesChecked, "filesChecked");
    }
}
