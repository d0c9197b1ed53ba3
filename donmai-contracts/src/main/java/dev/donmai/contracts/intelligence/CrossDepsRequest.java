package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * Input of {@code donmai_code_validate_cross_deps}.
 *
 * @param path the root-relative directory or file to check
 */
public record CrossDepsRequest(String path) {

    public CrossDepsRequest {
        FieldChecks.requireText(path, "path");
    }
}
