package dev.donmai.runtime.api.daemon.config;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One error or warning in a daemon.yaml file, at a 1-based line and column (host.md §4.1 "Errors"). Problems never
 * quote a secret value.
 *
 * @param file    the file (made absolute)
 * @param line    1-based line
 * @param column  1-based column
 * @param keyPath where in the document, e.g. {@code repositories[2].projectId}; {@code yaml} for a syntax error
 * @param problem what is wrong, e.g. {@code must be an integer}
 */
public record ConfigProblem(Path file, int line, int column, String keyPath, String problem) {

    /** The key path of a syntax error. */
    public static final String SYNTAX = "yaml";
    /** Position order: file, then line, then column. */
    public static final Comparator<ConfigProblem> POSITION_ORDER = Comparator
            .comparing((ConfigProblem p) -> p.file().toString())
            .thenComparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column);

    public ConfigProblem {
        file = Objects.requireNonNull(file, "file").toAbsolutePath();
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
        Objects.requireNonNull(keyPath, "keyPath");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code <abs file>:<line>:<col>: <key path>: <problem>}. */
    public String render() {
        return file + ":" + line + ":" + column + ": " + keyPath + ": " + problem;
    }
}
