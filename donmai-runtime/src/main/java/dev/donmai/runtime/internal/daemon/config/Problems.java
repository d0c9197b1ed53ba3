package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.runtime.api.daemon.config.ConfigProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The errors and warnings of one file, each at a position; read back in position order. */
final class Problems {

    private final Path file;
    private final List<ConfigProblem> errors = new ArrayList<>();
    private final List<ConfigProblem> warnings = new ArrayList<>();

    Problems(Path file) {
        this.file = file.toAbsolutePath();
    }

    Path file() {
        return file;
    }

    void error(Node at, String keyPath, String problem) {
        errors.add(at(at.getStartMark(), keyPath, problem));
    }

    void error(Mark mark, String keyPath, String problem) {
        errors.add(at(mark, keyPath, problem));
    }

    void warn(Node at, String keyPath, String problem) {
        warnings.add(at(at.getStartMark(), keyPath, problem));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<ConfigProblem> errors() {
        return sorted(errors);
    }

    List<ConfigProblem> warnings() {
        return sorted(warnings);
    }

    private ConfigProblem at(Mark mark, String keyPath, String problem) {
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        return new ConfigProblem(file, line, column, keyPath, problem);
    }

    private static List<ConfigProblem> sorted(List<ConfigProblem> problems) {
        List<ConfigProblem> copy = new ArrayList<>(problems);
        copy.sort(ConfigProblem.POSITION_ORDER);
        return List.copyOf(copy);
    }
}
