package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * An import whose dependency its manifest does not declare.
 *
 * @param importingFile   the root-relative file with the import
 * @param importedPackage the imported package or module
 * @param packageJsonPath the manifest that should declare it (named so for every ecosystem, as the tool output)
 * @param line            the import's line, from 1
 * @param manifestKind    the manifest's ecosystem
 */
public record MissingDependency(String importingFile, String importedPackage, String packageJsonPath, int line,
        ManifestKind manifestKind) {

    public MissingDependency {
        FieldChecks.requireText(importingFile, "importingFile");
        FieldChecks.requireText(importedPackage, "importedPackage");
        FieldChecks.requireText(packageJsonPath, "packageJsonPath");
        FieldChecks.positive(line, "line");
        FieldChecks.require(manifestKind, "manifestKind");
    }
}
