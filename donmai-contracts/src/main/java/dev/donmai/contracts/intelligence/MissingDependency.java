package dev.donmai.contracts.intelligence;

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
        Checks.text(importingFile, "importingFile");
        Checks.text(importedPackage, "importedPackage");
        Checks.text(packageJsonPath, "packageJsonPath");
        Checks.positive(line, "line");
        Checks.required(manifestKind, "manifestKind");
    }
}
