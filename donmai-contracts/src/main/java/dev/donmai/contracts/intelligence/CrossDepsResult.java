package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
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
        missingDeps = FieldChecks.requiredList(missingDeps, "missingDeps");
        FieldChecks.check(valid == missingDeps.isEmpty(), "valid");
        FieldChecks.nonNegative(packagesChecked, "packagesChecked");
        FieldChecks.nonNegative(filesChecked, "filesChecked");
    }
}
