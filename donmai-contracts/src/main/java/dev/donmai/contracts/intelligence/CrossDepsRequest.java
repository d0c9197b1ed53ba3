package dev.donmai.contracts.intelligence;

/**
 * Input of {@code donmai_code_validate_cross_deps}.
 *
 * @param path the root-relative directory or file to check
 */
public record CrossDepsRequest(String path) {

    public CrossDepsRequest {
        Checks.text(path, "path");
    }
}
